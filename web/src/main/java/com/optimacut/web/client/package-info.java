/**
 * «Клиенты»: the client list with its search and the client page with contacts, «Специальные
 * условия и цены», the client's projects and «Файловый менеджер клиента».
 */
package com.optimacut.web.client;
