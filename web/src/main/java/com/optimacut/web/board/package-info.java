/**
 * The executor's board: the layouts the executor holds and the layouts they may take, and the push
 * channel that tells open boards to reload after a layout is launched, taken or completed.
 */
package com.optimacut.web.board;
