/**
 * The SCIM face of users: {@code /scim/v2/Users} and the mapping between the SCIM User
 * representation (RFC 7643 §4.1) and {@link io.seatkeeper.user.UserAttributes}.
 */
package io.seatkeeper.scim.user;
