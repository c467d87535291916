/** System tests of the inquiry service: recording, refusing, linking and the conversion report. */
package com.optimacut.it.inquiry;
