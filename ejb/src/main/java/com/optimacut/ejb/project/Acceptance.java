package com.optimacut.ejb.project;

import java.io.Serializable;

/** The result of «Принят, ждём клиента»: the project after the change and what happened to the client's e-mail. */
public record Acceptance(ProjectSummary project, AcceptanceMail mail) implements Serializable {

    private static final long serialVersionUID = 1L;
}
