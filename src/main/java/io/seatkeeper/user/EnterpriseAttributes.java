package io.seatkeeper.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The attributes of the enterprise user extension (RFC 7643 §4.3). {@code managerId} is the
 * manager's {@code value} as the client sent it: usually a user id, but clients may send ids
 * of their own.
 */
@Embeddable
public record EnterpriseAttributes(
        @Column(name = "ent_employee_number") String employeeNumber,
        @Column(name = "ent_cost_center") String costCenter,
        @Column(name = "ent_organization") String organization,
        @Column(name = "ent_division") String division,
        @Column(name = "ent_department") String department,
        @Column(name = "ent_manager_id") String managerId) {

    public static final EnterpriseAttributes EMPTY =
            new EnterpriseAttributes(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
