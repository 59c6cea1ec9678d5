package io.seatkeeper.scim.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of a SCIM schema with the characteristics of RFC 7643 §2.2 and §7. Instances
 * are immutable; build them with the static factories ({@link #string}, {@link #complex}, ...)
 * which start from the defaults of §2.2 (not required, not case-exact, readWrite, returned by
 * default, no uniqueness).
 */
public record AttributeDefinition(
        String name,
        Type type,
        boolean multiValued,
        String description,
        boolean required,
        boolean caseExact,
        Mutability mutability,
        Returned returned,
        Uniqueness uniqueness,
        List<String> canonicalValues,
        List<String> referenceTypes,
        List<AttributeDefinition> subAttributes) {

    /** The data types of RFC 7643 §2.3. */
    public enum Type {
        STRING("string"),
        BOOLEAN("boolean"),
        DECIMAL("decimal"),
        INTEGER("integer"),
        DATE_TIME("dateTime"),
        REFERENCE("reference"),
        BINARY("binary"),
        COMPLEX("complex");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** When a client may write the attribute (RFC 7643 §7, "mutability"). */
    public enum Mutability {
        READ_ONLY("readOnly"),
        READ_WRITE("readWrite"),
        IMMUTABLE("immutable"),
        WRITE_ONLY("writeOnly");

        private final String wireName;

        Mutability(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** When the server includes the attribute in a response (RFC 7643 §7, "returned"). */
    public enum Returned {
        ALWAYS("always"),
        NEVER("never"),
        DEFAULT("default"),
        REQUEST("request");

        private final String wireName;

        Returned(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** How the service keeps values apart (RFC 7643 §7, "uniqueness"). */
    public enum Uniqueness {
        NONE("none"),
        SERVER("server"),
        GLOBAL("global");

        private final String wireName;

        Uniqueness(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public AttributeDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(mutability);
        Objects.requireNonNull(returned);
        Objects.requireNonNull(uniqueness);
        description = description == null ? "" : description;
        canonicalValues = canonicalValues == null ? List.of() : List.copyOf(canonicalValues);
        referenceTypes = referenceTypes == null ? List.of() : List.copyOf(referenceTypes);
        subAttributes = subAttributes == null ? List.of() : List.copyOf(subAttributes);
    }

    /** The sub-attribute with this name, compared without regard to case (RFC 7643 §2.1). */
    public Optional<AttributeDefinition> subAttribute(String subName) {
        return subAttributes.stream()
                .filter(sub -> sub.name().equalsIgnoreCase(subName))
                .findFirst();
    }

    public boolean isComplex() {
        return type == Type.COMPLEX;
    }

    public static Builder string(String name, String description) {
        return new Builder(name, Type.STRING, description);
    }

    public static Builder bool(String name, String description) {
        return new Builder(name, Type.BOOLEAN, description);
    }

    public static Builder decimal(String name, String description) {
        return new Builder(name, Type.DECIMAL, description);
    }

    public static Builder integer(String name, String description) {
        return new Builder(name, Type.INTEGER, description);
    }

    public static Builder dateTime(String name, String description) {
        return new Builder(name, Type.DATE_TIME, description);
    }

    public static Builder binary(String name, String description) {
        return new Builder(name, Type.BINARY, description);
    }

    /** A reference attribute; {@code referenceTypes} as in RFC 7643 §7 (User, external, uri). */
    public static Builder reference(String name, String description, String... referenceTypes) {
        return new Builder(name, Type.REFERENCE, description).referenceTypes(referenceTypes);
    }

    public static Builder complex(String name, String description, Builder... subAttributes) {
        Builder builder = new Builder(name, Type.COMPLEX, description);
        for (Builder sub : subAttributes) {
            builder.subAttributes.add(sub.build());
        }
        return builder;
    }

    /** Collects the characteristics that differ from the RFC 7643 §2.2 defaults. */
    public static final class Builder {

        private final String name;
        private final Type type;
        private final String description;
        private final List<AttributeDefinition> subAttributes = new ArrayList<>();
        private boolean multiValued;
        private boolean required;
        private boolean caseExact;
        private Mutability mutability = Mutability.READ_WRITE;
        private Returned returned = Returned.DEFAULT;
        private Uniqueness uniqueness = Uniqueness.NONE;
        private List<String> canonicalValues = List.of();
        private List<String> referenceTypes = List.of();

        private Builder(String name, Type type, String description) {
            this.name = name;
            this.type = type;
            this.description = description;
        }

        public Builder multiValued() {
            this.multiValued = true;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder caseExact() {
            this.caseExact = true;
            return this;
        }

        public Builder mutability(Mutability value) {
            this.mutability = value;
            return this;
        }

        public Builder readOnly() {
            return mutability(Mutability.READ_ONLY);
        }

        public Builder immutable() {
            return mutability(Mutability.IMMUTABLE);
        }

        public Builder writeOnly() {
            return mutability(Mutability.WRITE_ONLY);
        }

        public Builder returned(Returned value) {
            this.returned = value;
            return this;
        }

        public Builder uniqueness(Uniqueness value) {
            this.uniqueness = value;
            return this;
        }

        public Builder canonicalValues(String... values) {
            this.canonicalValues = Arrays.asList(values);
            return this;
        }

        public Builder referenceTypes(String... values) {
            this.referenceTypes = Arrays.asList(values);
            return this;
        }

        public AttributeDefinition build() {
            return new AttributeDefinition(name, type, multiValued, description, required,
                    caseExact, mutability, returned, uniqueness, canonicalValues,
                    referenceTypes, subAttributes);
        }
    }
}
