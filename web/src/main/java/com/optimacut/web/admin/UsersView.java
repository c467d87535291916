package com.optimacut.web.admin;

import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.user.NewUser;
import com.optimacut.ejb.user.UserService;
import com.optimacut.ejb.user.UserSummary;
import com.optimacut.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/** «Пользователи и роли» for administrators: the accounts with their roles, and creating one. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Accounts listed on the page; a workshop has tens of them. */
    private static final int LISTED = 500;

    private static final String FORM = "userForm:";

    private static final Map<String, String> FIELD_BY_KEY = Map.of("user.username.required", "username", "user.username.invalid", "username",
            "user.username.taken", "username", "user.fullName.invalid", "fullName", "user.email.invalid", "email",
            "user.password.tooShort", "password", "user.roles.empty", "roles");

    @Inject
    private UserService users;

    private List<UserSummary> accounts;
    private String username;
    private String fullName;
    private String email;
    private String password;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Returns the accounts by user name, read once per view. */
    public List<UserSummary> getAccounts() {
        if (accounts == null) {
            accounts = users.listUsers(0, LISTED);
        }
        return accounts;
    }

    /** Opens an empty dialog. */
    public void startCreate() {
        username = null;
        fullName = null;
        email = null;
        password = null;
        roles = EnumSet.noneOf(Role.class);
    }

    /** Creates the account; a rejected value is shown at its field and nothing is stored. */
    public void create() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            UserSummary created = users.createUser(new NewUser(username, fullName, email, secret, roles));
            FacesMessages.info("users.created", created.username());
            accounts = null;
            password = null;
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected(FORM + FIELD_BY_KEY.getOrDefault(e.getKey(), "create"), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Returns the roles sorted for display, for one row. */
    public List<Role> sorted(Set<Role> assigned) {
        return assigned.stream().sorted().toList();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Returns the chosen roles by name, because a checkbox list posts strings. */
    public List<String> getRoles() {
        return new ArrayList<>(roles.stream().map(Role::name).toList());
    }

    public void setRoles(List<String> selected) {
        roles = EnumSet.noneOf(Role.class);
        if (selected != null) {
            selected.forEach(name -> roles.add(Role.valueOf(name)));
        }
    }
}
