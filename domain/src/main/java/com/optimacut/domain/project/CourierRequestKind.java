package com.optimacut.domain.project;

/** The kind of an event in a project's courier request history. */
public enum CourierRequestKind {
    /** «Отправить заявку в курьерскую службу»: the e-mail was queued. */
    SENT,
    /** «Сбросить»: a new request may be sent. */
    RESET
}
