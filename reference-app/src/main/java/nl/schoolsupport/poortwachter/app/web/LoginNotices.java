package nl.schoolsupport.poortwachter.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;
import nl.schoolsupport.poortwachter.notice.NoticeService;

/** The notices at the top of the login page: everyone's, plus the remembered school's own. */
final class LoginNotices implements LoginPageContribution {

    private final NoticeService notices;
    private final RememberedSchool rememberedSchool;

    @Inject
    LoginNotices(NoticeService notices, RememberedSchool rememberedSchool) {
        this.notices = notices;
        this.rememberedSchool = rememberedSchool;
    }

    @Override
    public void contribute(LoginPageModel page, HttpServletRequest request) {
        notices.forLoginPage(rememberedSchool.read(request)).forEach(n -> page.addNotice(NoticeViews.of(n, page.locale())));
    }
}
