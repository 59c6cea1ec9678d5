/**
 * Bulk requests (RFC 7644 §3.7): many creates, replaces, patches and deletes of users and
 * groups in one HTTP request, each carried out on its own by the same resource code as a
 * single request, with {@code bulkId} references resolved as the operations run.
 */
package io.seatkeeper.scim.bulk;
