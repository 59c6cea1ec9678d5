/**
 * SCIM queries run by the database: translation of a parsed filter (RFC 7644 §3.4.2.2) to a
 * JPA criteria predicate over an entity, guided by a table that maps each filterable SCIM
 * attribute to a column or, for multi-valued attributes, to a subquery.
 */
package io.seatkeeper.scim.query;
