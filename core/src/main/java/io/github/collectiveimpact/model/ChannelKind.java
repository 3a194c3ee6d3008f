package io.github.collectiveimpact.model;

/** The kind of a communication channel through which an initiative keeps partners and the public informed. */
public enum ChannelKind {
  /** A newsletter or bulletin sent to subscribers. */
  NEWSLETTER,
  /** A dashboard of the shared indicators, shared with partners or the public. */
  SHARED_DASHBOARD,
  /** A website. */
  WEBSITE,
  /** A recurring convening or summit. */
  CONVENING,
  /** A published report, such as an annual progress or baseline report. */
  REPORT,
  /** A mailing list or online forum for partners. */
  MAILING_LIST,
  /** Social media accounts. */
  SOCIAL_MEDIA
}
