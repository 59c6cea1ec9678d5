/**
 * What both HTTP APIs, SCIM and admin, do alike for every request, such as giving it an id.
 */
package io.seatkeeper.http;
