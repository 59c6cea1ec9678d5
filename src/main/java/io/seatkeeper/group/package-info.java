/**
 * Groups as an identity provider pushes them, and their members. Memberships are rows of
 * their own, so adding or removing a member touches that one row whatever the group's size;
 * a group's member list is only read when someone asks for it.
 */
package io.seatkeeper.group;
