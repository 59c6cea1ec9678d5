/**
 * The people an identity provider provisions into an organization, as stored: profile
 * attributes, e-mail addresses and whether they are active. {@link
 * io.seatkeeper.user.UserService} keeps each user's license in step with its active flag, in
 * the same transaction.
 */
package io.seatkeeper.user;
