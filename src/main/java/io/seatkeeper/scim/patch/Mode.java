package io.seatkeeper.scim.patch;

/**
 * How an operation changes its target. Replace comes in two forms because a path-less replace
 * swaps a complex attribute as a whole, while a replace whose path names the complex attribute
 * keeps the sub-attributes it does not mention (RFC 7644 §3.5.2.3).
 */
enum Mode {
    ADD, REPLACE, REPLACE_WHOLE, REMOVE
}
