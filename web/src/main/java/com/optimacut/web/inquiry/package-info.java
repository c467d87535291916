/** «Заявки»: the inquiry list by outcome, recording an inquiry, linking it to a project and refusing it. */
package com.optimacut.web.inquiry;
