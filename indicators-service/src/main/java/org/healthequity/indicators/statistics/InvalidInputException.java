package org.healthequity.indicators.statistics;

/** Input a method cannot work with (a negative count, more events than people, 19 bands for a life table...). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
