package org.healthequity.common.changes;

import java.util.regex.Pattern;

import org.healthequity.common.problem.ApiException;

/**
 * Where a reader of a change feed has got to: the transaction and the position of the last event it was given.
 * Written {@code <transaction>-<position>}; {@code 0-0} is the start. Opaque to clients, who store the {@code next}
 * they were given and send it back as {@code since}.
 */
public record ChangeCursor(long transaction, long position) {

    public static final ChangeCursor START = new ChangeCursor(0, 0);
    public static final String PATTERN = "^[0-9]{1,18}-[0-9]{1,18}$";
    private static final Pattern FORM = Pattern.compile(PATTERN);

    public static ChangeCursor parse(String since) {
        if (since == null || since.isEmpty()) {
            return START;
        }
        if (!FORM.matcher(since).matches()) {
            throw ApiException.badParameter("since", "since takes the 'next' cursor of an earlier answer, such as "
                    + "'1234-56', or nothing to start from the beginning");
        }
        int dash = since.indexOf('-');
        return new ChangeCursor(Long.parseLong(since.substring(0, dash)), Long.parseLong(since.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return transaction + "-" + position;
    }
}
