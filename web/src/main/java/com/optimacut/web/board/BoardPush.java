package com.optimacut.web.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells every open executor board on this server to reload its lists, through the Faces
 * websocket channel {@value #CHANNEL}.
 * <p>
 * Call {@link #boardChanged()} from a backing bean after a service call that changed which layouts
 * are on the board has returned: the layouts of a project were launched, taken, completed,
 * suspended, resumed, or their project got or lost difficulties. The push reaches only browsers
 * connected to this server; the boards also poll, for changes made on other nodes or through the
 * remote API. CDI events fired in the EJB module do not reach observers in this module, so the
 * screens push themselves.
 */
@ApplicationScoped
public class BoardPush {

    /** The websocket channel the board page listens to. */
    public static final String CHANNEL = "board";

    /** The message sent; the board reloads on any message. */
    static final String CHANGED = "changed";

    private static final Logger LOG = Logger.getLogger(BoardPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    private PushContext board;

    /** Sends the reload message to every board open on this server. */
    public void boardChanged() {
        int sessions = board.send(CHANGED).size();
        LOG.fine(() -> "Board change pushed to " + sessions + " sockets");
    }
}
