package io.seatkeeper.scim.filter;

/** The comparison operators of RFC 7644 §3.4.2.2, other than {@code pr}. */
public enum Operator {
    EQ, NE, CO, SW, EW, GT, GE, LT, LE
}
