package io.seatkeeper.scim.filter;

/** A filter or path that cannot be parsed; the message says what was expected and where. */
public class FilterSyntaxException extends RuntimeException {

    private final int position;

    public FilterSyntaxException(String message, int position) {
        super(message + " at position " + position);
        this.position = position;
    }

    /** Zero-based offset into the filter text where parsing stopped. */
    public int position() {
        return position;
    }
}
