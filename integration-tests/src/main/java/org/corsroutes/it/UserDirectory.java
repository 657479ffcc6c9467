package org.corsroutes.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The users, in memory; thread-safe because the server answers on several threads. */
public final class UserDirectory {
  private final Map<Long, User> users = new ConcurrentSkipListMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  public UserDirectory() {
    add("Ada Lovelace");
    add("Grace Hopper");
  }

  public List<User> all() {
    return List.copyOf(users.values());
  }

  public User get(long id) {
    User user = users.get(id);
    if (user == null) {
      throw new UserNotFoundException(id);
    }
    return user;
  }

  public User add(String name) {
    User user = new User(nextId.getAndIncrement(), name);
    users.put(user.id(), user);
    return user;
  }

  public User rename(long id, String name) {
    User user = new User(get(id).id(), name);
    users.put(id, user);
    return user;
  }

  public void remove(long id) {
    if (users.remove(id) == null) {
      throw new UserNotFoundException(id);
    }
  }
}
