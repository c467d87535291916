package com.optimacut.ejb.project;

/** What an acceptance did about the client's e-mail. */
public enum AcceptanceMail {
    /** The e-mail to the client was queued in the outbox. */
    QUEUED,
    /** The e-mail had been queued by an earlier acceptance; none was queued now. */
    ALREADY_SENT,
    /** The client has no e-mail address: nothing was queued or recorded, so a later call may still send it. */
    NO_CLIENT_EMAIL
}
