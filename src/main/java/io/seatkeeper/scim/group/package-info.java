/**
 * The SCIM face of groups: {@code /scim/v2/Groups} (RFC 7643 §4.2), the mapping between the
 * SCIM Group representation and {@link io.seatkeeper.group.GroupAttributes}, and the
 * translation of member operations of a PATCH into member changes that touch only the
 * members they name.
 */
package io.seatkeeper.scim.group;
