package io.seatkeeper.scim.filter;

import java.math.BigDecimal;

/**
 * Parses SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (RFC 7644 §3.5.2) into {@link Filter}
 * and {@link PatchPath} trees.
 *
 * <p>A hand-written recursive-descent parser over a small tokenizer. The ABNF of §3.4.2.2
 * (figure 1) is left-recursive and says nothing about precedence; the prose does ("not", then
 * "and", then "or"), so the parser uses this equivalent, precedence-aware form:
 *
 * <pre>
 * filter    = orExpr
 * orExpr    = andExpr *("or" andExpr)                 ; left-associative
 * andExpr   = factor *("and" factor)                  ; left-associative
 * factor    = "not" "(" orExpr ")" / "(" orExpr ")" / valuePath / attrExp
 * valuePath = attrPath "[" orExpr "]"                 ; no brackets inside the brackets
 * attrExp   = attrPath "pr" / attrPath compareOp compValue
 * attrPath  = [URI ":"] ATTRNAME ["." ATTRNAME]
 * patchPath = attrPath / attrPath "[" orExpr "]" ["." ATTRNAME]   ; RFC 7644 §3.5.2
 * </pre>
 *
 * <p>Keywords ({@code and or not pr}, the operators, {@code true false null}) are matched
 * without regard to ASCII case. Runs of spaces and tabs separate tokens; none is needed next to
 * a parenthesis, bracket or string, and none is allowed inside a path ({@code emails[},
 * {@code ].value}). Every failure, whatever the input, is a {@link FilterSyntaxException}.
 */
public final class FilterParser {

    /** Longest filter or path accepted, so that hostile input costs bounded work. */
    public static final int MAX_LENGTH = 4096;

    /** Deepest nesting of parentheses and brackets accepted; bounds the recursion. */
    public static final int MAX_DEPTH = 64;

    /**
     * Largest |scale| of a number: 1e999999999 is valid JSON, but a caller turning it into a
     * plain string or a BigInteger would spend gigabytes.
     */
    private static final int MAX_SCALE = 1000;

    /** How much of a token an error message quotes. */
    private static final int QUOTE_LIMIT = 40;

    private final Lexer lexer;
    private int depth;
    /** Inside "[...]", where paths are bare sub-attribute names and brackets cannot nest. */
    private boolean inValueFilter;

    private FilterParser(String text, String subject) {
        this.lexer = new Lexer(text, subject);
    }

    /** Parses a filter such as {@code userName eq "bjensen" and not (title pr)}. */
    public static Filter parse(String text) {
        FilterParser parser = start(text, "filter");
        Filter filter = parser.orExpression();
        parser.expectEnd("'and' or 'or'");
        return filter;
    }

    /** Parses a PATCH path: {@code name.givenName}, {@code emails[type eq "work"].value}. */
    public static PatchPath parsePath(String text) {
        return start(text, "path").patchPath();
    }

    private static FilterParser start(String text, String subject) {
        if (text == null) {
            throw new FilterSyntaxException(subject + " is null", 0);
        }
        if (text.length() > MAX_LENGTH) {
            throw new FilterSyntaxException(subject + " is longer than " + MAX_LENGTH
                    + " characters", MAX_LENGTH);
        }
        FilterParser parser = new FilterParser(text, subject);
        if (parser.lexer.peek().kind() == Kind.END) {
            throw new FilterSyntaxException(subject + " is empty", 0);
        }
        return parser;
    }

    // ---- PATCH paths (RFC 7644 §3.5.2: PATH = attrPath / valuePath [subAttr]) ----

    private PatchPath patchPath() {
        Token word = lexer.next();
        if (word.kind() != Kind.WORD) {
            throw expected("an attribute path", word);
        }
        AttributePath attribute = attributePath(word);
        if (lexer.peek().kind() != Kind.OPEN_BRACKET) {
            expectEnd(null);
            return new PatchPath(attribute, null, null);
        }
        Filter filter = valueFilter(word, attribute);
        String subAttribute = subAttributeAfterBracket();
        expectEnd(subAttribute == null ? "'.' and a sub-attribute name" : null);
        return new PatchPath(attribute, filter, subAttribute);
    }

    /** The optional ".name" right after the ']' of a PATCH path, or null. */
    private String subAttributeAfterBracket() {
        Token next = lexer.peek();
        if (next.kind() != Kind.WORD || !next.text().startsWith(".")) {
            return null;
        }
        if (next.start() != lexer.previousEnd()) {
            throw new FilterSyntaxException("expected " + quote(next.text())
                    + " right after ']' but found a space", lexer.previousEnd());
        }
        String name = next.text().substring(1);
        if (!isAttributeName(name)) {
            throw new FilterSyntaxException("expected a sub-attribute name after '.' but found "
                    + quote(name), next.start() + 1);
        }
        lexer.next();
        return name;
    }

    // ---- Logical and grouping operators (RFC 7644 §3.4.2.2) and their precedence ----

    private Filter orExpression() {
        Filter left = andExpression();
        while (lexer.peek().isKeyword("or")) {
            lexer.next();
            left = new Filter.Or(left, andExpression());
        }
        return left;
    }

    private Filter andExpression() {
        Filter left = factor();
        while (lexer.peek().isKeyword("and")) {
            lexer.next();
            left = new Filter.And(left, factor());
        }
        return left;
    }

    private Filter factor() {
        Token next = lexer.peek();
        if (next.kind() == Kind.OPEN_PAREN) {
            return group();
        }
        if (next.isKeyword("not")) {
            return negation();
        }
        // "and" and "or" are reserved here so that "a pr and or b pr" reports the stray keyword.
        if (next.kind() != Kind.WORD || next.isKeyword("and") || next.isKeyword("or")) {
            String what = inValueFilter ? "a sub-attribute name" : "an attribute path";
            throw expected(what + ", '(' or 'not'", next);
        }
        return attributeExpression();
    }

    /** "not" "(" valFilter ")": the ABNF only negates a parenthesised filter. */
    private Filter negation() {
        Token not = lexer.next();
        Token open = lexer.peek();
        if (open.kind() != Kind.OPEN_PAREN) {
            throw expected("'(' after " + quote(not.text()), open);
        }
        return new Filter.Not(group());
    }

    private Filter group() {
        Token open = lexer.next();
        enter(open);
        Filter inner = orExpression();
        close(Kind.CLOSE_PAREN, open);
        depth--;
        return inner;
    }

    // ---- Attribute expressions and value paths ----

    /** attrPath "pr" / attrPath compareOp compValue / attrPath "[" valFilter "]". */
    private Filter attributeExpression() {
        Token word = lexer.next();
        AttributePath path = attributePath(word);
        Token next = lexer.peek();
        if (next.kind() == Kind.OPEN_BRACKET) {
            return valuePath(word, path);
        }
        if (next.isKeyword("pr")) {
            lexer.next();
            return new Filter.Present(path);
        }
        Operator operator = operator(next);
        if (operator == null) {
            throw expected("a comparison operator after " + quote(word.text()), next);
        }
        lexer.next();
        return new Filter.Comparison(path, operator, comparisonValue(next));
    }

    private Filter valuePath(Token word, AttributePath attribute) {
        Filter filter = valueFilter(word, attribute);
        Token next = lexer.peek();
        // §3.4.2.2 has no subAttr after a valuePath; only a PATCH path (§3.5.2) does.
        if (next.kind() == Kind.WORD && next.text().startsWith(".")) {
            throw new FilterSyntaxException("found " + quote(next.text()) + " after ']': a"
                    + " sub-attribute after a value filter is only allowed in a PATCH path",
                    next.start());
        }
        return new Filter.ValuePath(attribute, filter);
    }

    /** "[" valFilter "]" after {@code attribute}, whose '[' is the next token. */
    private Filter valueFilter(Token word, AttributePath attribute) {
        Token open = lexer.next();
        if (inValueFilter) {
            throw new FilterSyntaxException("found '[' inside '[...]': value filters cannot be"
                    + " nested", open.start());
        }
        if (open.start() != word.end()) {
            throw new FilterSyntaxException("expected '[' right after " + quote(word.text())
                    + " but found a space", word.end());
        }
        if (attribute.subAttribute() != null) {
            throw new FilterSyntaxException("expected an attribute without a sub-attribute"
                    + " before '[' but found " + quote(word.text()), word.start());
        }
        enter(open);
        inValueFilter = true;
        Filter filter = orExpression();
        close(Kind.CLOSE_BRACKET, open);
        inValueFilter = false;
        depth--;
        return filter;
    }

    /**
     * attrPath = [URI ":"] ATTRNAME *1subAttr. The URI itself contains colons (and dots, as in
     * "2.0"), so it ends at the last ':' of the word.
     */
    private AttributePath attributePath(Token word) {
        String text = word.text();
        int colon = text.lastIndexOf(':');
        String schema = colon < 0 ? null : text.substring(0, colon);
        if (schema != null && !isSchemaUri(schema)) {
            throw new FilterSyntaxException("expected a schema URI before the last ':' but found "
                    + quote(schema), word.start());
        }
        int nameStart = colon + 1;
        String name = text.substring(nameStart);
        int dot = name.indexOf('.');
        String attribute = dot < 0 ? name : name.substring(0, dot);
        String subAttribute = dot < 0 ? null : name.substring(dot + 1);
        if (!isAttributeName(attribute)) {
            throw new FilterSyntaxException("expected an attribute name but found "
                    + quote(attribute), word.start() + nameStart);
        }
        if (subAttribute != null && !isAttributeName(subAttribute)) {
            throw new FilterSyntaxException("expected a sub-attribute name after '.' but found "
                    + quote(subAttribute), word.start() + nameStart + dot + 1);
        }
        if (inValueFilter && (schema != null || subAttribute != null)) {
            throw new FilterSyntaxException("expected a sub-attribute name inside '[...]' but"
                    + " found " + quote(text), word.start());
        }
        return new AttributePath(schema, attribute, subAttribute);
    }

    private static Operator operator(Token token) {
        for (Operator operator : Operator.values()) {
            if (token.isKeyword(operator.name())) {
                return operator;
            }
        }
        return null;
    }

    /** compValue = false / null / true / number / string, all as JSON writes them. */
    private Object comparisonValue(Token operator) {
        Token value = lexer.next();
        if (value.kind() == Kind.STRING) {
            return value.value();
        }
        if (value.isKeyword("true")) {
            return Boolean.TRUE;
        }
        if (value.isKeyword("false")) {
            return Boolean.FALSE;
        }
        if (value.isKeyword("null")) {
            return null;
        }
        if (value.kind() == Kind.WORD && "+-.0123456789".indexOf(value.text().charAt(0)) >= 0) {
            return number(value);
        }
        throw expected("a comparison value (a string, number, true, false or null) after "
                + quote(operator.text()), value);
    }

    private static BigDecimal number(Token token) {
        String text = token.text();
        if (!isJsonNumber(text)) {
            throw new FilterSyntaxException("expected a JSON number but found " + quote(text),
                    token.start());
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (Math.abs(number.scale()) <= MAX_SCALE) {
                return number;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // An exponent beyond the range of int: reported below like any other huge one.
        }
        throw new FilterSyntaxException("number " + quote(text) + " is out of range",
                token.start());
    }

    // ---- Shared helpers ----

    private void enter(Token open) {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new FilterSyntaxException(lexer.subject + " is nested too deeply (more than "
                    + MAX_DEPTH + " levels)", open.start());
        }
    }

    /** Consumes the ')' or ']' that closes {@code open}. */
    private void close(Kind kind, Token open) {
        Token next = lexer.peek();
        if (next.kind() == kind) {
            lexer.next();
            return;
        }
        String closer = kind == Kind.CLOSE_PAREN ? "')'" : "']'";
        if (next.kind() == Kind.END) {
            throw new FilterSyntaxException("missing " + closer + " to close the "
                    + quote(open.text()) + " at position " + open.start() + ": found "
                    + lexer.describe(next), next.start());
        }
        throw expected("'and', 'or' or " + closer, next);
    }

    /** Fails unless all the input has been read; {@code expectation} may be null. */
    private void expectEnd(String expectation) {
        Token next = lexer.peek();
        if (next.kind() != Kind.END) {
            String found = "found " + lexer.describe(next);
            throw new FilterSyntaxException("unexpected text after the end of the "
                    + lexer.subject + ": "
                    + (expectation == null ? found : "expected " + expectation + " but " + found),
                    next.start());
        }
    }

    private FilterSyntaxException expected(String what, Token found) {
        return new FilterSyntaxException("expected " + what + " but found "
                + lexer.describe(found), found.start());
    }

    /** RFC 8259 §6: [ "-" ] ( "0" / 1-9 *DIGIT ) [ "." 1*DIGIT ] [ e [ "+" / "-" ] 1*DIGIT ]. */
    private static boolean isJsonNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else {
            int end = digits(s, i);
            if (end == i) {
                return false;
            }
            i = end;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int end = digits(s, i + 1);
            if (end == i + 1) {
                return false;
            }
            i = end;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int end = digits(s, i);
            if (end == i) {
                return false;
            }
            i = end;
        }
        return i == s.length();
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * ATTRNAME = ALPHA *(nameChar) (RFC 7644 §3.4.2.2, RFC 7643 §2.1), plus "$ref", the
     * reference sub-attribute of RFC 7643 §2.4 that the ABNF cannot spell.
     */
    private static boolean isAttributeName(String s) {
        if (equalsIgnoreAsciiCase(s, "$ref")) {
            return true;
        }
        if (s.isEmpty() || !isAlpha(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAlpha(c) && !isDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * A URI as RFC 3986 §3 shapes it: scheme ":" something, in URI characters only. Lenient
     * beyond that; it must not end with ':', which would leave an empty segment.
     */
    private static boolean isSchemaUri(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || s.endsWith(":") || !isAlpha(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!isAlpha(c) && !isDigit(c) && "+-.".indexOf(c) < 0) {
                return false;
            }
        }
        for (int i = colon + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAlpha(c) && !isDigit(c) && "-._~:/?#@!$&'*+,;=%".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** ABNF ALPHA and DIGIT are ASCII only (RFC 5234 appendix B.1). */
    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * ASCII-only case folding: String.equalsIgnoreCase would also let "ſw" (long s) be "sw",
     * and ABNF string literals are case-insensitive in ASCII only (RFC 5234 §2.3).
     */
    private static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (foldAscii(a.charAt(i)) != foldAscii(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Quotes input text for a message: shortened, with control characters made visible. */
    private static String quote(String s) {
        if (s.isEmpty()) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder("'");
        int limit = Math.min(s.length(), QUOTE_LIMIT);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (s.length() > limit) {
            out.append("...");
        }
        return out.append('\'').toString();
    }

    // ---- Tokenizer ----

    private enum Kind {
        /** A maximal run of other characters: a path, keyword, operator, number or literal. */
        WORD,
        STRING,
        OPEN_PAREN,
        CLOSE_PAREN,
        OPEN_BRACKET,
        CLOSE_BRACKET,
        END
    }

    /**
     * One token; {@code text} is as written, {@code value} is a string's decoded content.
     * {@code start} and {@code end} are offsets into the input, end exclusive.
     */
    private record Token(Kind kind, String text, String value, int start, int end) {

        boolean isKeyword(String keyword) {
            return kind == Kind.WORD && equalsIgnoreAsciiCase(text, keyword);
        }
    }

    /**
     * Splits the input into tokens on demand, one token of lookahead. Words are not classified
     * here: whether "pr" or "eq" is a keyword or an attribute name depends on where it stands.
     */
    private static final class Lexer {

        private final String text;
        /** "filter" or "path", for messages. */
        private final String subject;
        private int position;
        private int previousEnd;
        private Token peeked;

        Lexer(String text, String subject) {
            this.text = text;
            this.subject = subject;
        }

        Token peek() {
            if (peeked == null) {
                peeked = read();
            }
            return peeked;
        }

        Token next() {
            Token token = peek();
            peeked = null;
            previousEnd = token.end();
            return token;
        }

        /** End offset of the token {@link #next()} returned last. */
        int previousEnd() {
            return previousEnd;
        }

        String describe(Token token) {
            return token.kind() == Kind.END ? "the end of the " + subject : quote(token.text());
        }

        private Token read() {
            // §3.4.2.2 asks for exactly one SP; any run of spaces and tabs is accepted.
            while (position < text.length() && isSpace(text.charAt(position))) {
                position++;
            }
            int start = position;
            if (start == text.length()) {
                return new Token(Kind.END, "", null, start, start);
            }
            char c = text.charAt(start);
            Kind punctuation = punctuation(c);
            if (punctuation != null) {
                position++;
                return new Token(punctuation, String.valueOf(c), null, start, position);
            }
            if (c == '"') {
                return readString(start);
            }
            while (position < text.length() && !endsWord(text.charAt(position))) {
                position++;
            }
            return new Token(Kind.WORD, text.substring(start, position), null, start, position);
        }

        /** A JSON string (RFC 8259 §7), starting at the '"' at {@code start}. */
        private Token readString(int start) {
            StringBuilder value = new StringBuilder();
            int i = start + 1;
            while (true) {
                if (i >= text.length()) {
                    throw unterminatedString(start);
                }
                char c = text.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    i = readEscape(start, i, value);
                } else if (c < 0x20) {
                    throw new FilterSyntaxException("expected a character of a string but found"
                            + " the raw control character " + quote(String.valueOf(c))
                            + ", which JSON requires to be escaped", i);
                } else {
                    value.append(c);
                    i++;
                }
            }
            position = i + 1;
            return new Token(Kind.STRING, text.substring(start, position), value.toString(),
                    start, position);
        }

        private FilterSyntaxException unterminatedString(int start) {
            return new FilterSyntaxException("unterminated string (opened at position " + start
                    + "): expected a closing '\"' but found the end of the " + subject,
                    text.length());
        }

        /** Decodes the escape at {@code backslash} into {@code value}; returns where it ends. */
        private int readEscape(int start, int backslash, StringBuilder value) {
            int i = backslash + 1;
            if (i >= text.length()) {
                throw unterminatedString(start);
            }
            char e = text.charAt(i);
            switch (e) {
                case '"', '\\', '/' -> value.append(e);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append(hexCharacter(backslash));
                    return i + 5;
                }
                default -> throw new FilterSyntaxException("invalid escape in string: expected"
                        + " one of \" \\ / b f n r t u after '\\' but found "
                        + quote(String.valueOf(e)), backslash);
            }
            return i + 1;
        }

        /** The character of the \\uXXXX escape at {@code backslash}. */
        private char hexCharacter(int backslash) {
            int code = 0;
            for (int i = backslash + 2; i < backslash + 6; i++) {
                int digit = i < text.length() ? hexDigit(text.charAt(i)) : -1;
                if (digit < 0) {
                    int end = Math.min(backslash + 6, text.length());
                    throw new FilterSyntaxException("expected four hex digits after '\\u' but"
                            + " found " + quote(text.substring(backslash + 2, end)), backslash);
                }
                code = code * 16 + digit;
            }
            return (char) code;
        }

        /** ASCII hex only: Character.digit would also take non-ASCII digits. */
        private static int hexDigit(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'F') {
                return c - 'A' + 10;
            }
            return -1;
        }

        private static Kind punctuation(char c) {
            return switch (c) {
                case '(' -> Kind.OPEN_PAREN;
                case ')' -> Kind.CLOSE_PAREN;
                case '[' -> Kind.OPEN_BRACKET;
                case ']' -> Kind.CLOSE_BRACKET;
                default -> null;
            };
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t';
        }

        private static boolean endsWord(char c) {
            return isSpace(c) || c == '"' || punctuation(c) != null;
        }
    }
}
