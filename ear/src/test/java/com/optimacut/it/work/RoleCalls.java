package com.optimacut.it.work;

import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The run-as helpers by role name, for tests that call one method as every role. */
public final class RoleCalls {

    /** Runs work as one role. */
    @FunctionalInterface
    public interface RoleCall {
        Object call(Callable<Object> work) throws Exception;
    }

    private RoleCalls() {
    }

    /** Returns one caller per role, keyed ADMIN, MANAGER, EXECUTOR (as {@code it-ex1}) and INTEGRATOR. */
    public static Map<String, RoleCall> of(RunAsAdmin admin, RunAsManager manager, RunAsExecutor1 executor,
            RunAsIntegrator integrator) {
        Map<String, RoleCall> calls = new LinkedHashMap<>();
        calls.put("ADMIN", admin::call);
        calls.put("MANAGER", manager::call);
        calls.put("EXECUTOR", executor::call);
        calls.put("INTEGRATOR", integrator::call);
        return calls;
    }
}
