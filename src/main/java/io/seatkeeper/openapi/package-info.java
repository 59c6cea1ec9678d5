/** The {@code /openapi} document: what the scanner cannot see in the resources. */
package io.seatkeeper.openapi;
