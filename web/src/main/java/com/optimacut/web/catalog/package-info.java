/** «Исполнители»: executors with trade and competencies, and the competencies editor. */
package com.optimacut.web.catalog;
