package com.optimacut.domain.project;

/** What happened to a project's courier request. */
public enum CourierRequestKind {
    /** «Отправить заявку в курьерскую службу»: the e-mail was queued. */
    SENT,
    /** «Сбросить»: a new request may be sent. */
    RESET
}
