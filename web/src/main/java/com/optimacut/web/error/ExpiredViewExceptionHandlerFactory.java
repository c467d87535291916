package com.optimacut.web.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExpiredViewExceptionHandler} in front of the implementation's handler ({@code faces-config.xml}). */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
    }
}
