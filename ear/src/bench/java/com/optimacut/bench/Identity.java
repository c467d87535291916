package com.optimacut.bench;

import java.util.concurrent.Callable;

/** A bean that calls the application's services under a fixed identity. */
public interface Identity {

    <T> T call(Callable<T> work) throws Exception;
}
