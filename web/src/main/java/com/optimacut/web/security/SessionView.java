package com.optimacut.web.security;

import com.optimacut.ejb.user.UserService;
import com.optimacut.ejb.user.UserSummary;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The signed-in user as the page header shows them (name and roles), and logout.
 */
@Named
@SessionScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    // Injected through CDI, whose proxy survives session passivation (a plain @EJB field does not).
    @Inject
    private UserService userService;

    private UserSummary user;

    /** Returns the signed-in user's account, read once per session. */
    public UserSummary getUser() {
        if (user == null) {
            user = userService.currentUser();
        }
        return user;
    }

    /** Returns the names of the user's roles in a stable order, for the header to translate. */
    public List<String> getRoleNames() {
        return getUser().roles().stream().map(Enum::name).sorted().toList();
    }

    /** Ends the session and shows the login page. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
