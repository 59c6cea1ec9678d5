/**
 * MicroProfile Health checks for the orchestrator's probes: {@code /health/live},
 * {@code /health/ready} (the database answers and the schema is there) and
 * {@code /health/started}.
 */
package io.seatkeeper.health;
