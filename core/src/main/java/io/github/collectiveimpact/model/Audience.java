package io.github.collectiveimpact.model;

/** Whom a communication channel reaches. */
public enum Audience {
  /** The initiative's partners only. */
  PARTNERS,
  /** The residents and community the initiative serves. */
  COMMUNITY,
  /** The general public. */
  PUBLIC
}
