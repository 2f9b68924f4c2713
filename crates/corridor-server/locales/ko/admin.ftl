# Corridor: 관리자 페이지(계정), 한국어. 모든 목록이 페이지 나누기
# 메시지(admin-page-*)를 함께 씁니다.
# 기계 번역이므로 한국어 모국어 화자의 검토가 필요합니다 (TRANSLATIONS.md 참고).
# 용어는 corridor.ftl과 pages.ftl을 따릅니다: 채용 대행 기관(recruiting agency),
# 허가(licence), 공무원(official). 한국어 복수 범주는 other 하나뿐입니다.

## 목록
admin-pagination-label = 페이지
admin-page-of = 전체 { $pages }페이지 중 { $page }페이지
admin-page-previous = 이전 페이지
admin-page-next = 다음 페이지
admin-filter = 보기

## 역할
admin-role-worker = 노동자
admin-role-employer = 고용주
admin-role-recruiter = 채용 담당자 (허가받은 채용 대행 기관)
admin-role-origin-official = 출신국 공무원
admin-role-destination-official = 목적국 공무원
admin-role-researcher = 연구자
admin-role-admin = 관리자

## 계정
admin-users-title = 계정
admin-users-count = { $count ->
   *[other] 계정 { $count }개
}
admin-users-none = 조건에 맞는 계정이 없습니다.
admin-all-roles = 모든 역할
admin-role = 역할
admin-status = 상태
admin-enabled = 로그인 가능
admin-disabled = 비활성화됨
admin-acts-for = 소속
admin-created = 생성일
admin-back-to-users = 계정 목록으로 돌아가기

## 새 계정
admin-new-user = 계정 만들기
admin-new-user-intro = 노동자는 회원 가입할 때 직접 계정을 만들거나, 본국 공무원이 등록해 줍니다. 여기서는 고용주, 채용 담당자, 공무원, 연구자, 관리자의 계정을 만듭니다.
admin-account = 계정
admin-display-name = 페이지에 표시되는 이름
admin-display-name-hint = 사람의 이름 또는 "노무관, 오타와" 같은 기관명.
admin-temporary-password = 임시 비밀번호
admin-temporary-password-hint = 10자 이상이어야 합니다. 당사자에게 따로 전달하세요. 당사자는 로그인한 후 계정 페이지에서 비밀번호를 바꿔야 합니다.
admin-role-and-binding = 계정의 역할
admin-role-hint = 고용주 계정에는 해당 고용주가, 채용 담당자 계정에는 해당 채용 대행 기관이, 공무원 계정에는 해당 국가가 필요합니다.
admin-employer = 고용주
admin-employer-hint = 고용주 계정에만 해당합니다.
admin-agency = 채용 대행 기관
admin-agency-hint = 채용 담당자 계정에만 해당합니다.
admin-country = 국가
admin-country-hint = 공무원에게만 해당합니다. 그 공무원이 속한 국가입니다.
admin-none = 없음
admin-create-account = 계정 만들기
admin-email-taken = 이 이메일 주소로 된 계정이 이미 있습니다.
admin-error-email-invalid = 이메일 주소를 입력하세요. 예: name@example.org
admin-error-display-name-required = 페이지에 표시되는 이름을 입력하세요.
admin-error-role-required = 계정의 역할을 선택하세요.
admin-error-employer-id-required = 이 계정이 소속된 고용주를 선택하세요.
admin-error-agency-id-required = 이 계정이 소속된 채용 대행 기관을 선택하세요.
admin-error-country-required = 공무원의 국가를 선택하세요.
admin-error-password-too-short = 10자 이상의 임시 비밀번호를 입력하세요.

## 계정 하나
admin-done-created = 계정을 만들었습니다. 당사자에게 임시 비밀번호를 따로 전달하세요.
admin-done-disabled = 계정을 비활성화했습니다. 모든 곳에서 로그아웃되었고 API 토큰도 더 이상 작동하지 않습니다.
admin-done-enabled = 이 계정으로 다시 로그인할 수 있습니다.
admin-done-password = 비밀번호를 변경했습니다. 계정이 모든 곳에서 로그아웃되었고 API 토큰도 더 이상 작동하지 않습니다.
admin-own-account = 본인의 계정입니다. 비밀번호는 현재 비밀번호를 확인하는 계정 페이지에서 바꾸세요.
admin-disable = 이 계정 비활성화하기
admin-disable-explained = 당사자는 더 이상 로그인할 수 없습니다. 모든 곳에서 즉시 로그아웃되며, 계정의 모든 API 토큰이 작동을 멈춥니다. 당사자의 기록은 그대로 남습니다. 계정은 다시 활성화할 수 있습니다.
admin-enable = 이 계정 활성화하기
admin-enable-explained = 당사자가 기존 비밀번호로 다시 로그인할 수 있습니다. 비활성화될 때 종료된 세션과 토큰은 다시 살아나지 않습니다.
admin-reset-password = 새 임시 비밀번호 설정하기
admin-reset-password-explained = 비밀번호를 잊었거나 다른 사람이 비밀번호를 알고 있을 수 있는 경우에 사용합니다. 당사자는 모든 곳에서 로그아웃되며, 계정의 모든 API 토큰이 작동을 멈춥니다.

## 규칙
rule-own-account = 여기서는 본인의 계정에 이 작업을 할 수 없습니다.
