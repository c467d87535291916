package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.InquiryApi;
import com.optimacut.api.v1.InquiryForm;
import com.optimacut.api.v1.InquiryInfo;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.inquiry.InquiryService;
import com.optimacut.ejb.inquiry.NewInquiry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;

/** {@link InquiryApi} on {@link InquiryService}. Integrators and managers. */
@Stateless
@RunAs(Role.Names.MANAGER)
@Interceptors(RemoteCallGuard.class)
public class InquiryApiService implements InquiryApi {

    @EJB
    private InquiryService inquiries;

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public InquiryInfo create(InquiryForm form) throws ApiException {
        return ApiViews.inquiry(inquiries.create(new NewInquiry(form.getClientId(), form.getContact(), form.getText(),
                null, null)));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public InquiryInfo find(long inquiryId) throws ApiException {
        return ApiViews.inquiry(inquiries.find(inquiryId));
    }
}
