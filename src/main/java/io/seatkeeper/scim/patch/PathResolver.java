package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.PatchPath;
import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.ResourceSchema;
import io.seatkeeper.scim.schema.ScimSchemas;
import java.util.List;
import java.util.Optional;

/**
 * Turns PATCH paths and the member names of path-less values into {@link Target}s. Core
 * attributes may be named bare or with the core URN; extension attributes need their URN
 * (RFC 7644 §3.5.2, RFC 7643 §3.3). The common attributes of RFC 7643 §3.1 count as core.
 */
final class PathResolver {

    private final ResourceSchema core;
    private final List<ResourceSchema> extensions;

    PathResolver(ResourceSchema core, List<ResourceSchema> extensions) {
        this.core = core;
        this.extensions = List.copyOf(extensions);
    }

    /** Resolves a parsed {@code path}; anything it cannot name is a 400 invalidPath. */
    Target resolve(PatchPath path) {
        AttributePath attributePath = path.attribute();
        String sub = onlySubAttribute(attributePath, path);
        Optional<ResourceSchema> whole = extension(qualifiedName(attributePath));
        if (whole.isPresent() && sub == null && path.valueFilter() == null) {
            return Target.wholeExtension(whole.get());
        }
        String[] schemaAndName = splitSchema(attributePath);
        ResourceSchema schema = schema(schemaAndName[0]).orElseThrow(
                () -> invalidPath("Unknown schema '" + schemaAndName[0] + "' in path"));
        AttributeDefinition attribute = attribute(schema, schemaAndName[1]).orElseThrow(
                () -> invalidPath("Unknown attribute '" + schemaAndName[1] + "' in path"));
        return target(schema, attribute, path.valueFilter(), sub);
    }

    /**
     * Resolves a member name of a path-less add or replace: {@code active},
     * {@code name.givenName} (Entra ID), an extension URN, or a URN-qualified attribute such
     * as {@code urn:...:enterprise:2.0:User:department}. Empty when it names nothing known.
     */
    Optional<Target> resolveKey(String key) {
        Optional<ResourceSchema> whole = extension(key);
        if (whole.isPresent()) {
            return Optional.of(Target.wholeExtension(whole.get()));
        }
        for (ResourceSchema extension : extensions) {
            if (hasPrefix(key, extension.id())) {
                return resolveIn(extension, key.substring(extension.id().length() + 1));
            }
        }
        String name = hasPrefix(key, core.id()) ? key.substring(core.id().length() + 1) : key;
        return resolveIn(core, name);
    }

    /** Resolves an attribute name, possibly dotted, inside one schema. */
    Optional<Target> resolveIn(ResourceSchema schema, String dotted) {
        int dot = dotted.indexOf('.');
        String name = dot < 0 ? dotted : dotted.substring(0, dot);
        Optional<AttributeDefinition> attribute = attribute(schema, name);
        if (attribute.isEmpty() || dot < 0) {
            return attribute.map(found -> target(schema, found, null, null));
        }
        Optional<AttributeDefinition> sub = attribute.get().subAttribute(
                dotted.substring(dot + 1));
        return sub.map(found -> target(schema, attribute.get(), null, found.name()));
    }

    private Target target(ResourceSchema schema, AttributeDefinition attribute, Filter filter,
            String sub) {
        if (filter != null && !(attribute.multiValued() && attribute.isComplex())) {
            throw invalidPath("Attribute '" + attribute.name()
                    + "' is not multi-valued and complex, so it takes no value filter");
        }
        AttributeDefinition subAttribute = sub == null ? null : subAttribute(attribute, sub);
        String urn = schema == core ? null : schema.id();
        return new Target(schema, urn, attribute, filter, subAttribute);
    }

    private static AttributeDefinition subAttribute(AttributeDefinition attribute, String sub) {
        return attribute.subAttribute(sub).orElseThrow(() -> invalidPath(
                "Attribute '" + attribute.name() + "' has no sub-attribute '" + sub + "'"));
    }

    /** The parser may put the sub-attribute before or after the brackets; one is allowed. */
    private static String onlySubAttribute(AttributePath attributePath, PatchPath path) {
        if (attributePath.subAttribute() != null && path.subAttribute() != null) {
            throw invalidPath("Path '" + attributePath + "' names two sub-attributes");
        }
        return path.subAttribute() != null ? path.subAttribute() : attributePath.subAttribute();
    }

    private static String qualifiedName(AttributePath path) {
        return path.schema() == null ? path.attribute()
                : path.schema() + ":" + path.attribute();
    }

    /** [schema URN or null, attribute name]; a URN left inside the attribute is split off. */
    private static String[] splitSchema(AttributePath path) {
        if (path.schema() != null || path.attribute().indexOf(':') < 0) {
            return new String[] {path.schema(), path.attribute()};
        }
        int colon = path.attribute().lastIndexOf(':');
        return new String[] {
            path.attribute().substring(0, colon), path.attribute().substring(colon + 1)};
    }

    private Optional<ResourceSchema> schema(String urn) {
        if (urn == null || urn.equalsIgnoreCase(core.id())) {
            return Optional.of(core);
        }
        return extension(urn);
    }

    private Optional<ResourceSchema> extension(String urn) {
        return extensions.stream().filter(schema -> schema.id().equalsIgnoreCase(urn))
                .findFirst();
    }

    private Optional<AttributeDefinition> attribute(ResourceSchema schema, String name) {
        Optional<AttributeDefinition> found = schema.attribute(name);
        if (found.isPresent() || schema != core) {
            return found;
        }
        return ScimSchemas.COMMON_ATTRIBUTES.stream()
                .filter(common -> common.name().equalsIgnoreCase(name)).findFirst();
    }

    private static boolean hasPrefix(String key, String urn) {
        return key.length() > urn.length() + 1 && key.charAt(urn.length()) == ':'
                && key.regionMatches(true, 0, urn, 0, urn.length());
    }

    private static ScimException invalidPath(String detail) {
        return ScimException.badRequest(ScimType.INVALID_PATH, detail);
    }
}
