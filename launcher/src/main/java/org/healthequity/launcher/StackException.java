package org.healthequity.launcher;

/** A reason the stack cannot start, worded for the person who ran it. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
