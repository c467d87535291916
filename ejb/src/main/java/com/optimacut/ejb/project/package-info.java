/**
 * The manager's side of a project: creating and editing it, the status actions («Запустить
 * проект», «Принят, ждём клиента», «Закрыт», «Отказ», «Приостановлен», rework), the paged projects
 * list and history, and the client's acceptance e-mail. The entities of
 * {@code com.optimacut.domain.project} decide every rule; these services load them, call them,
 * flush and queue mail.
 */
package com.optimacut.ejb.project;
