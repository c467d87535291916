/**
 * The deadline calendar of open projects («Дедлайны»), loaded one visible range at a time.
 */
package com.optimacut.web.calendar;
