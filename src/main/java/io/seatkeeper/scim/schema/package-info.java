/**
 * The SCIM schema model: attribute definitions with the characteristics of RFC 7643 §2.2 and
 * §7, the schemas they belong to, and the concrete User, enterprise User and Group schemas the
 * service offers. The model is plain data; the PATCH engine reads it to resolve paths, coerce
 * values and enforce mutability, and the discovery endpoints can render it as RFC 7643 §8.7.
 */
package io.seatkeeper.scim.schema;
