package org.corsroutes.it;

/** Thrown for an unknown user id; {@link UserNotFoundMapper} turns it into a 404. */
public final class UserNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long id;

  public UserNotFoundException(long id) {
    super("no user with id " + id);
    this.id = id;
  }

  public long id() {
    return id;
  }
}
