package com.optimacut.domain.user;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Prints the SQL that creates the first administrator of a production install, whose database
 * starts with no users. Run it with the domain jar and pipe the output into {@code psql}:
 * <pre>
 * java -cp optimacut-domain.jar com.optimacut.domain.user.CreateAdministrator admin 'Анна Иванова' | psql …
 * </pre>
 * The password is asked twice on the terminal, or read from the first line of standard input
 * when there is no terminal. Nothing is written to the database by this program itself.
 */
public final class CreateAdministrator {

    /** Shortest password accepted; the same rule as for accounts created on the screens. */
    static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private CreateAdministrator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CreateAdministrator USERNAME 'FULL NAME' | psql DATABASE");
            System.exit(2);
        }
        String username = UserAccount.normalizeUsername(args[0]);
        String fullName = args[1].trim();
        if (!USERNAME.matcher(username).matches() || fullName.isEmpty() || fullName.length() > 200) {
            System.err.println("The user name must be 3 to 64 characters (a-z, 0-9, dot, hyphen, underscore)"
                    + " and the full name 1 to 200 characters.");
            System.exit(2);
        }
        char[] password = readPassword();
        if (password.length < MIN_PASSWORD_LENGTH) {
            System.err.println("The password is too short: use at least " + MIN_PASSWORD_LENGTH + " characters.");
            System.exit(1);
        }
        String hash = PasswordHash.hash(password);
        Arrays.fill(password, '\0');
        printSql(new PrintStream(System.out, true, StandardCharsets.UTF_8), username, fullName, hash);
    }

    /** Writes the two inserts in one transaction; the user name is unique, so a rerun fails cleanly. */
    static void printSql(PrintStream out, String username, String fullName, String hash) {
        out.println("begin;");
        out.println("insert into app_user (id, username, full_name, password_hash, enabled, failed_logins, created_at, version)");
        out.println("    values (nextval('app_user_seq'), " + quote(username) + ", " + quote(fullName) + ", "
                + quote(hash) + ", true, 0, current_timestamp, 0);");
        out.println("insert into app_user_role (user_id, role) select id, 'ADMIN' from app_user where username = "
                + quote(username) + ";");
        out.println("commit;");
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static char[] readPassword() throws IOException {
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
        char[] first = console.readPassword("Password for the new administrator: ");
        char[] second = console.readPassword("The same password again: ");
        if (first == null || !Arrays.equals(first, second)) {
            System.err.println("The passwords differ; nothing was printed.");
            System.exit(1);
        }
        return first;
    }
}
