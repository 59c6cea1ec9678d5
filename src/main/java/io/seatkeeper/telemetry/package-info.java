/**
 * OpenTelemetry metrics of what the server does: provisioning changes, licenses, the outbox.
 * Traces and the HTTP request metrics come from the mpTelemetry feature itself. All of it
 * is recorded through no-op instruments until the OpenTelemetry SDK is switched on.
 */
package io.seatkeeper.telemetry;
