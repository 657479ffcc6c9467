package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Indexes the routes of a level by their literal leading segments: a path is walked segment by
 * segment, and the deepest node it reaches lists, in route order, every route whose literal
 * segments the path starts with. The others cannot match, so trying only these gives the same
 * result as trying all. Lookups compare regions of the path: nothing is allocated.
 */
final class SegmentTrie {
  private final Node root = new Node();

  /** @param prefixes the literal leading segments of each route, in route order */
  SegmentTrie(List<List<String>> prefixes) {
    for (int i = 0; i < prefixes.size(); i++) {
      Node node = root;
      for (String segment : prefixes.get(i)) {
        node = node.child(segment);
      }
      node.own.add(i);
    }
    root.seal(new int[0]);
  }

  /** The routes that may match {@code path[from, to)}, in route order. */
  int[] candidates(String path, int from, int to) {
    Node node = root;
    int pos = from;
    while (pos < to && path.charAt(pos) == '/' && node.keys != null) {
      int end = path.indexOf('/', pos + 1);
      if (end < 0 || end > to) {
        end = to;
      }
      Node child = node.find(path, pos + 1, end);
      if (child == null) {
        break;
      }
      node = child;
      pos = end;
    }
    return node.candidates;
  }

  private static final class Node {
    final List<Integer> own = new ArrayList<>();
    final List<String> childKeys = new ArrayList<>();
    final List<Node> childNodes = new ArrayList<>();
    int[] candidates;
    /** Open-addressing table of the children, keyed by segment text; null for a leaf. */
    String[] keys;
    Node[] nodes;

    Node child(String segment) {
      int i = childKeys.indexOf(segment);
      if (i >= 0) {
        return childNodes.get(i);
      }
      Node node = new Node();
      childKeys.add(segment);
      childNodes.add(node);
      return node;
    }

    /** Fixes the candidate lists (the ancestors' routes and this node's, in order) and tables. */
    void seal(int[] inherited) {
      int[] merged = new int[inherited.length + own.size()];
      System.arraycopy(inherited, 0, merged, 0, inherited.length);
      for (int i = 0; i < own.size(); i++) {
        merged[inherited.length + i] = own.get(i);
      }
      Arrays.sort(merged);
      candidates = merged;
      if (childKeys.isEmpty()) {
        return;
      }
      int size = Integer.highestOneBit(childKeys.size() * 2 + 1) << 1;
      keys = new String[size];
      nodes = new Node[size];
      for (int i = 0; i < childKeys.size(); i++) {
        String key = childKeys.get(i);
        int slot = hash(key, 0, key.length()) & (size - 1);
        while (keys[slot] != null) {
          slot = (slot + 1) & (size - 1);
        }
        keys[slot] = key;
        nodes[slot] = childNodes.get(i);
        childNodes.get(i).seal(merged);
      }
    }

    Node find(String path, int from, int to) {
      int mask = keys.length - 1;
      int length = to - from;
      for (int slot = hash(path, from, to) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        String key = keys[slot];
        if (key.length() == length && path.regionMatches(from, key, 0, length)) {
          return nodes[slot];
        }
      }
      return null;
    }

    private static int hash(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + s.charAt(i);
      }
      // Murmur3's finalizer: sibling segments differ in their last characters ("r41", "r42"),
      // which a plain polynomial hash maps to neighbouring slots, the worst case for probing.
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      return h ^ (h >>> 16);
    }
  }
}
