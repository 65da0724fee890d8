package org.marsad.store;

/** A store that cannot be used as asked, with a message for the user (no stack trace needed). */
public final class StoreException extends java.io.IOException {
  public StoreException(String message) {
    super(message);
  }
}
