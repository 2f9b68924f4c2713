# 역할별 Corridor 페이지, 한국어. 여러 양식에서 함께 쓰는 메시지가 먼저 오고,
# 그다음에 영역별 메시지가 이어집니다. 규칙 메시지(rule-*)는 어긴 규칙을
# 페이지 언어로 설명하며, API는 규칙 코드를 그대로 돌려줍니다.
# 기계 번역이므로 한국어 모국어 화자의 검토가 필요합니다 (TRANSLATIONS.md 참고).
# 용어는 corridor.ftl을 따릅니다: 구인 공고(job order), 채용 대행 기관(recruiting agency),
# 채용 수수료 및 관련 비용, 고용주 부담 원칙, 취업 배치(placement), 허가(licence).
# 한국어 복수 범주는 other 하나뿐입니다.

## 양식
form-error-title = 문제가 있습니다
form-error-prefix = 오류:
form-choose = 하나를 선택하세요
form-choose-country = 국가를 선택하세요
form-choose-level = 수준을 선택하세요
form-date-invalid = 올바른 날짜를 입력하세요. 예: 2026-03-27
form-years-invalid = 연수를 0에서 60 사이의 숫자로 입력하세요
form-year-invalid = 연도를 입력하세요. 예: 2019
form-number-invalid = 숫자를 입력하세요
form-amount-invalid = 금액을 입력하세요. 예: 1250.00
form-search = 검색
form-add = 추가
form-remove = 삭제
form-save = 저장
form-save-continue = 저장하고 계속하기
form-cancel = 취소
form-expired = 양식이 만료되었거나 Corridor에서 보낸 양식이 아닙니다. 페이지를 새로 고친 후 다시 시도하세요.
reference-names-english = 국가와 언어 이름은 영어로 표시됩니다.
reference-labels-english = 직업과 기술 이름은 ESCO와 ISCO-08(국제표준직업분류)에서 가져온 것으로, 영어로 표시됩니다.

nav-menu = 메뉴
nav-my-home = 내 페이지
nav-sign-up = 회원 가입

## 노동자: 가입과 내 페이지
worker-only = 노동자를 위한 페이지입니다.
worker-home-title = 내 페이지
worker-home-hello = { $name } 님, 안녕하세요
worker-home-proposals = { $count ->
   *[other] 답변을 기다리는 일자리가 { $count }건 있습니다
}
worker-home-no-applications = 아직 지원 내역이 없습니다.
worker-back-home = 내 페이지로 돌아가기

sign-up-title = 계정 만들기
sign-up-intro = 무료입니다. Corridor를 통해 일자리를 찾을 때 수수료를 내는 일은 절대 없습니다.
sign-up-account = 내 계정
sign-up-password = 비밀번호 정하기
sign-up-password-hint = 10자 이상이어야 합니다. 기억하기 쉬운 단어 몇 개를 이어 쓰는 것이 가장 좋습니다.
sign-up-submit = 계정 만들기
sign-up-have-account = 이미 계정이 있나요?
sign-up-welcome = 계정이 준비되었습니다. 이제 하는 일을 알려 주세요. 잘 맞는 일자리를 보여 드리겠습니다.

## 노동자: 프로필
profile-title = 내 프로필
profile-given-name = 이름
profile-family-name = 성
profile-phone = 전화번호
profile-phone-hint = 국가 번호를 포함해 입력하세요. 예: +52 55 1234 5678
profile-date-of-birth = 생년월일
profile-sex = 성별
profile-citizenship = 국적
profile-second-citizenship = 두 번째 국적
profile-country-of-birth = 출생국
profile-country-of-residence = 거주 국가
profile-none = 없음
profile-step-about = 기본 정보
profile-step-work = 하는 일
profile-step-skills = 기술
profile-step-languages = 언어
profile-step-education = 학력
profile-step-availability = 일할 수 있는 기간
profile-step-done = 완료
profile-step-todo = 미완료
profile-step-of = { $of }단계 중 { $number }단계
profile-saved = 저장했습니다.
profile-search-work = 직업 찾기
profile-search-work-hint = 하는 일을 영어로 입력하세요. 예: welder(용접공), nurse(간호사), fruit picker(과일 수확 작업자)
profile-search-skills = 기술 찾기
profile-search-skills-hint = 기술을 영어로 입력하세요. 예: forklift(지게차), food safety(식품 안전)
profile-search-results = “{ $query }” 검색 결과
profile-search-none = 찾은 결과가 없습니다. 다른 단어로 검색해 보세요.
profile-your-occupations = 내 직업
profile-years = 경력 연수
profile-no-occupations = 아직 등록한 직업이 없습니다. 위에서 찾아 추가하세요.
profile-your-skills = 내 기술
profile-no-skills = 아직 등록한 기술이 없습니다. 위에서 찾아 추가하세요.
profile-languages-hint = 할 줄 아는 언어를 모두 추가하세요. 고용주는 본인이 잘 읽을 수 있는 언어(B1 수준 이상)로 된 계약서를 주어야 합니다.
profile-language-n = 언어 { $n }
profile-language = 언어
profile-level = 수준
profile-add-language = 다른 언어 추가
profile-education = 마친 학력 중 가장 높은 학력
profile-qualification = 졸업장, 면허 또는 자격증
profile-qualification-title = 자격 이름
profile-qualification-hint = 예: 간호사 면허, 용접 자격증
profile-qualification-country = 발급 국가
profile-qualification-year = 취득 연도
profile-available-from = 일할 수 있는 시작일
profile-available-until = 일할 수 있는 마지막 날
profile-available-until-hint = 끝나는 날짜가 없으면 비워 두세요.
profile-preferred-destination = 가장 일하고 싶은 나라

sex-female = 여성
sex-male = 남성
sex-other = 그 밖의 성별 또는 젠더
sex-not-stated = 밝히고 싶지 않음

cefr-a1 = 입문
cefr-a2 = 초급
cefr-b1 = 중급: 계약서를 읽을 수 있음
cefr-b2 = 중상급
cefr-c1 = 고급
cefr-c2 = 유창함
cefr-native = 모국어

isced-0 = 마친 학교 없음
isced-1 = 초등학교
isced-2 = 중학교
isced-3 = 고등학교
isced-4 = 고등학교 졸업 후 과정 (대학 제외)
isced-5 = 단기 고등 교육 (전문대학 등)
isced-6 = 학사 학위 또는 이에 준하는 학력
isced-7 = 석사 학위 또는 이에 준하는 학력
isced-8 = 박사 학위

## 노동자: 동의
consents-title = 내 동의
consents-intro = Corridor가 내 프로필을 어떻게 쓸지는 본인이 정합니다. 각 선택은 언제든 바꿀 수 있으며, 바꾼 내용은 모두 아래에 기록됩니다.
consents-change = 동의 변경하기
consents-saved = 선택을 저장했습니다.
consents-history = 선택 기록
consents-when = 일시
consents-purpose = 목적
consents-change-col = 변경
consents-no-history = 아직 선택한 내용이 없습니다.
consent-given = 동의함
consent-not-given = 동의하지 않음
consent-withdrawn = 철회함
consent-give = 동의하기
consent-withdraw = 동의 철회하기
consent-matching-title = 나에게 맞는 일자리 연결
consent-matching-explained = Corridor는 직업, 경력, 기술, 언어를 모집 중인 일자리와 비교해 가장 잘 맞는 일자리를 보여 주고, 공무원이 진행하는 매칭 회차에 포함할 수 있습니다. 이때 고용주에게는 이름이 아니라 번호만 보입니다.
consent-sharing-with-employers-title = 고용주에게 내 프로필 공유
consent-sharing-with-employers-explained = 일자리에 지원하거나 다른 사람이 제안한 일자리를 수락하면, 지원이 진행되는 동안 고용주와 그 고용주의 허가받은 채용 대행 기관이 프로필을 볼 수 있습니다. 이 동의를 철회하면 더 이상 볼 수 없습니다.
consent-statistics-title = 통계에 포함
consent-statistics-explained = 해외에서 일할 준비가 된 노동자에 관한 공개 통계에 포함됩니다. 이름이나 본인을 알아볼 수 있는 정보는 들어가지 않습니다. 인원이 적은 집단은 절대 공개하지 않습니다.
consent-contact-title = 공무원의 연락 받기
consent-contact-explained = 본국 공무원이 프로그램에 관해 전화하거나 연락할 수 있습니다. 예를 들어 새 프로그램이 열릴 때입니다.

## 노동자: 제안
proposals-title = 나에게 제안된 일자리
proposals-intro = 채용 대행 기관, 고용주 또는 공무원이 일자리를 제안할 수 있습니다. 수락하기 전에는 아무도 프로필을 볼 수 없습니다. 거절하면 그 일자리에 대해 다시 묻지 않습니다.
proposals-need-sharing = 수락하려면 먼저 고용주에게 프로필을 공유하는 데 동의해야 합니다.
proposals-made-on = { $date }에 제안됨
proposal-pending = 답변 대기 중
proposal-accepted = 수락함
proposal-declined = 거절함
proposals-accept = 수락하고 지원하기
proposals-decline = 거절하기
proposals-see-application = 내 지원 보기
proposals-none = 아직 제안받은 일자리가 없습니다.

## 노동자: 지원
placement-withdraw = 지원 취소하기
placement-withdraw-explained = 출국하기 전에는 언제든 지원을 취소할 수 있습니다. 고용주는 지원이 취소된 것을 알게 되지만, 이유를 밝히지 않아도 됩니다.
placement-contract = 내 계약
placement-contract-language = 계약서 언어
placement-ledger = 지급된 비용과 수수료
placement-ledger-intro = 나의 채용을 위해 지급된 모든 돈입니다. 노동자는 채용 수수료를 절대 내지 않습니다. 돈을 내야 했다면 아래에서 신고하세요.
placement-ledger-none = 기록된 지급이 없습니다.
placement-paid-by = { $payer }이(가) { $payee }에게 지급
placement-violation = 고용주 부담 원칙 위반
placement-report = 부당하게 낸 돈 신고하기
placement-report-explained = 본국 공무원이 모든 신고를 확인합니다. 영수증이 없어도 신고할 수 있습니다.
placement-report-amount = 금액
placement-report-currency = 통화
placement-report-paid-to = 돈을 받은 사람
placement-report-category = 무엇에 대한 돈이었나요
placement-report-date = 돈을 낸 날짜
placement-report-note = 있었던 일 (선택 사항)
placement-report-submit = 지급 신고하기
placement-reported = 신고가 기록되었습니다. 본국 공무원이 확인하게 됩니다.
cost-bribe = 뇌물
cost-kickback = 리베이트
cost-bond = 보증금 또는 예치금
cost-collateral = 담보

## 노동자: 근무 경력
work-record-title = 내 근무 경력
work-record-intro = Corridor를 통해 마친 계약입니다. 많은 프로그램에서 재입국 노동자가 먼저 재고용됩니다.
work-record-job = 일자리
work-record-from = 시작
work-record-to = 종료
work-record-none = 아직 마친 계약이 없습니다.
work-record-printed = { $date }에 Corridor에서 인쇄함.

## 계정
account-title = 내 계정
account-signed-in-as = { $email }(으)로 로그인합니다.
account-done-password = 비밀번호를 변경했습니다. 다른 모든 곳에서는 로그아웃되었습니다.
account-done-language = 언어를 저장했습니다.
account-password = 비밀번호 바꾸기
account-current-password = 현재 비밀번호
account-new-password = 새 비밀번호
account-change-password = 비밀번호 변경
account-language = 페이지 언어
account-sign-out-everywhere = 모든 곳에서 로그아웃
account-sign-out-everywhere-explained = 모든 휴대폰과 컴퓨터의 로그인 세션과 모든 API 토큰을 종료합니다. 휴대폰을 잃어버렸거나 다른 사람이 비밀번호를 알고 있다고 생각되면 사용하세요.
account-your-data = 내 정보
account-your-data-explained = Corridor가 보관하고 있는 내 정보를 모두 다운로드하세요. 프로필, 동의, 진행 과정과 지급 내역이 담긴 지원, 그리고 받은 제안이 들어 있습니다.
account-download = 내 정보 다운로드 (JSON)
account-close = 계정 해지하기
account-close-explained = 계정은 언제든 해지할 수 있습니다.
close-consequence-consents = 모든 동의가 철회됩니다. 어떤 고용주도 프로필을 볼 수 없으며, 더 이상 매칭이나 통계에 포함되지 않습니다.
close-consequence-applications = 출국까지 이어지지 않은 지원은 취소됩니다.
close-consequence-records = 이미 진행 중이거나 완료된 계약은 두 나라의 법에 따라 기록으로 남습니다.
close-consequence-sign-in = 이 계정으로 다시 로그인할 수 없습니다.
close-confirm = 이해했습니다. 계정을 해지합니다
close-confirm-required = 계정을 해지하려면 확인란에 표시하세요.

## 규칙 (입력란 옆에 표시)
rule-required = 필수 항목입니다.
rule-invalid = 올바르지 않습니다.
rule-too-short = 비밀번호는 10자 이상이어야 합니다.
rule-too-long = 너무 깁니다.
rule-wrong-password = 현재 비밀번호가 맞지 않습니다.
rule-duplicate = 두 번 입력되었습니다.
rule-unknown = 존재하지 않습니다.
rule-out-of-range = 허용된 범위를 벗어난 숫자입니다.
rule-implausible = 올바르지 않은 것 같습니다. 확인하세요.
rule-under-age = 노동자는 만 18세 이상이어야 합니다.
rule-before-start = 끝이 시작보다 빠를 수 없습니다.
rule-negative = 금액은 음수일 수 없습니다.
rule-not-positive = 금액은 0보다 커야 합니다.
rule-same-party = 돈을 낸 쪽과 받은 쪽이 달라야 합니다.
rule-date-in-future = 미래의 날짜는 입력할 수 없습니다.
rule-before-previous-event = 이 날짜가 이전 단계의 날짜보다 빠릅니다.
rule-illegal-transition = 현재 단계 다음에 이 단계가 올 수 없습니다.
rule-not-applicable = 여기에는 해당하지 않습니다.
rule-consent-required = 지원하려면 고용주에게 프로필을 공유하는 데 동의해야 합니다.
rule-worker-not-covered = 이 프로그램은 다른 나라에서 노동자를 모집합니다.
rule-job-order-not-open = 이 일자리는 지원을 받고 있지 않습니다.
rule-not-a-candidate = 이 노동자는 이 일자리에 제안할 수 없습니다.
rule-positions-filled = 이 구인 공고의 모집 인원이 모두 찼습니다.
rule-quota-reached = 이 기간의 프로그램 할당 인원(쿼터)이 모두 찼습니다.
rule-wage-below-minimum = 임금이 프로그램 최저 임금보다 낮습니다.
rule-wage-currency-mismatch = 임금은 프로그램의 통화로 정해야 합니다.
rule-hours-below-guarantee = 보장 근로 시간이 프로그램 최저 기준보다 적습니다.
rule-hours-above-maximum = 근로 시간이 프로그램 최대 기준을 넘습니다.
rule-below-guaranteed-hours = 최대 근로 시간은 보장 근로 시간보다 적을 수 없습니다.
rule-housing-not-provided = 프로그램에 따라 고용주는 숙소를 제공해야 합니다.
rule-housing-cost-above-cap = 노동자가 내는 숙소 비용이 프로그램 상한을 넘습니다.
rule-housing-currency-mismatch = 숙소 비용은 프로그램의 통화로 정해야 합니다.
rule-medical-cover-insufficient = 의료가 프로그램 기준에 미치지 못합니다.
rule-return-travel-not-paid = 프로그램에 따라 고용주는 귀국 여행 비용을 부담해야 합니다.
rule-cost-charged-to-worker = 채용 수수료 및 관련 비용은 고용주가 부담하며, 노동자는 절대 부담하지 않습니다.
rule-occupation-not-in-programme = 이 직업은 프로그램 대상이 아닙니다.
rule-start-in-past = 시작일이 이미 지났습니다.
rule-start-outside-programme = 시작일이 프로그램 기간을 벗어납니다.
rule-stay-too-long = 계약 기간이 프로그램에서 허용하는 기간보다 깁니다.
rule-employer-suspended = 고용주의 자격이 정지되었습니다.
rule-employer-mismatch = 고용주가 일치하지 않습니다.
rule-employer-not-in-destination = 고용주가 프로그램의 목적국에 있지 않습니다.
rule-agency-licence-not-active = 채용 대행 기관의 허가가 유효하지 않습니다.
rule-agency-licence-outside-corridor = 채용 대행 기관이 프로그램 국가에서 허가를 받지 않았습니다.
rule-who-safeguard-active-recruitment = 세계보건기구(WHO) 보호 장치 목록에 있는 나라에서는 정부 간 협정을 통하지 않고 보건 인력을 적극적으로 모집할 수 없습니다.
rule-not-a-returning-worker = 이 고용주와의 계약을 마친 노동자만 지명할 수 있습니다.
rule-contract-language-not-read = 계약서는 노동자가 잘 읽을 수 있는 언어(B1 이상)로 되어 있어야 합니다.
rule-contract-wage-below-job-order = 계약서의 임금이 구인 공고의 임금보다 낮습니다.
rule-contract-wage-currency-mismatch = 계약서의 임금이 다른 통화로 되어 있습니다.
rule-contract-hours-below-job-order = 계약서가 보장하는 근로 시간이 구인 공고보다 적습니다.
rule-contract-hours-above-job-order = 계약서가 허용하는 근로 시간이 구인 공고보다 많습니다.
rule-contract-housing-missing = 구인 공고에서 약속한 숙소가 계약서에 빠져 있습니다.
rule-contract-housing-cost-above-job-order = 계약서의 숙소 비용이 구인 공고보다 높습니다.
rule-contract-medical-below-job-order = 계약서의 의료가 구인 공고보다 적습니다.
rule-contract-return-travel-missing = 고용주가 부담하는 귀국 여행이 계약서에 빠져 있습니다.
rule-contract-duration-differs = 계약 기간이 구인 공고와 다릅니다.
rule-same-country = 두 나라는 서로 달라야 합니다.
rule-countries-fixed = 프로그램의 국가는 바꿀 수 없습니다.

## 목록
pagination = 페이지
pagination-previous = 이전 페이지
pagination-next = 다음 페이지
pagination-page = 전체 { $pages }페이지 중 { $page }페이지

## 구인 공고 (관리하는 사람용)
job-orders-title = 구인 공고
job-orders-post = 구인 공고 등록
job-orders-by-status = 상태별 구인 공고
job-orders-none = 구인 공고가 없습니다.
job-orders-managers-only = 구인 공고는 고용주, 그 채용 대행 기관, 공무원이 관리합니다.
job-orders-back = 구인 공고 목록으로 돌아가기
job-status-pending_approval = 승인 대기 중
job-status-open = 모집 중
job-status-closed = 마감

job-form-intro = 여기에 적는 모든 조건은 노동자가 지원하기 전에 공개되며, 프로그램의 최저 조건과 대조해 확인합니다. 규칙에 어긋나는 부분이 있으면 모든 문제를 한꺼번에 보여 주므로 한 번에 고칠 수 있습니다.
job-form-submit = 구인 공고 제출
job-form-the-job = 일자리
job-form-agency = 담당하는 허가받은 채용 대행 기관
job-form-agency-hint = 프로그램 국가에서 유효한 허가를 받은 채용 대행 기관만 구인 공고를 담당할 수 있습니다.
job-form-no-agency = 채용 대행 기관 없음
job-form-find-occupation = 직업
job-form-choose = 선택
job-form-choose-occupation = 직업을 찾아서 선택하세요.
job-form-title = 직무명
job-form-title-hint = 사업장에서 부르는 이름입니다. 비워 두면 직업명을 사용합니다.
job-form-positions = 모집 인원
job-form-locality = 시·군·구
job-form-region = 지역, 도 또는 주
job-form-duration = 계약 기간 (개월)
job-form-pay = 임금과 근로 시간
job-form-currency = 통화
job-form-per = 지급 단위
per-hour = 시간 (시급)
per-week = 주 (주급)
per-month = 월 (월급)
per-year = 연 (연봉)
job-form-guaranteed-hours = 주당 보장 근로 시간
job-form-max-hours = 주당 최대 근로 시간
job-form-living = 숙소, 의료, 귀국 여행
job-form-housing-yes = 고용주가 숙소를 제공함
job-form-housing-no = 숙소를 제공하지 않음
job-form-housing-cost = 노동자가 매달 내는 숙소 비용
job-form-housing-cost-hint = 무료이면 비워 두세요.
job-form-housing-description = 숙소에 대한 간단한 설명
job-form-return = 귀국 여행
job-form-return-yes = 고용주가 부담함
job-form-return-no = 고용주가 부담하지 않음
job-form-requirements = 노동자에게 필요한 조건
job-form-experience = 필요한 경력 (연수)
job-form-languages = 필요한 언어
job-form-min-level = 최저 수준
job-form-skills = 필요한 기술
job-form-contract-languages = 계약서 제공 언어
job-form-contract-languages-hint = 노동자가 계약서를 잘 읽을 수 있어야 합니다. 출신국의 언어로 제공하세요.
job-form-costs-hint = 모든 채용 비용과 그 부담자입니다. 채용 수수료 및 관련 비용은 고용주가 부담하며, 노동자는 절대 부담하지 않습니다.
job-form-cost-n = 비용 { $n }
job-form-cost-category = 비용 항목
job-form-cost-paid-by = 부담자
job-form-add-cost = 비용 추가
job-form-named = 지명하는 재입국 노동자
job-form-named-hint = 귀사와의 계약을 마친 노동자의 노동자 번호입니다. 일반에 공개되지 않습니다.
job-form-named-n = 노동자 번호 { $n }
job-form-add-named = 재입국 노동자 추가

job-posted-pending = 구인 공고를 제출했습니다. 목적국 공무원이 확인한 후 승인합니다.
job-posted-open = 구인 공고가 게시되어 지원을 받고 있습니다.
job-done-approved = 구인 공고를 승인했습니다. 이제 지원을 받습니다.
job-done-sent_back = 구인 공고를 사유와 함께 고용주에게 돌려보냈습니다.
job-done-closed = 구인 공고를 마감했습니다.
job-done-proposed = 노동자에게 제안했습니다. 노동자가 수락할 때까지 프로필은 공개되지 않습니다.
job-see-public = 노동자에게 보이는 페이지 보기
job-approval = 승인
job-approval-problems = 오늘 프로그램 기준으로 확인한 결과, 이 구인 공고는 다음 규칙에 어긋납니다:
job-approval-ok = 오늘 프로그램 기준으로 확인한 결과, 이 구인 공고는 모든 규칙을 충족합니다.
job-approve = 승인하고 게시하기
job-send-back-reason = 돌려보내는 사유
job-send-back = 고용주에게 돌려보내기
job-candidates = 지원
job-candidate = 노동자 { NUMBER($worker, useGrouping: "false") }
job-no-candidates = 아직 지원자가 없습니다.
job-shortlist = 적합한 후보자
job-shortlist-intro = 매칭에 등록한 노동자를 잘 맞는 순서로 보여 줍니다. 이름은 공개되지 않습니다. 노동자에게 제안하면 지원할지는 노동자가 정합니다.
job-score = 점수 { $score }
job-details-withheld = 이 노동자는 고용주에게 프로필을 공유하지 않으므로 이유는 숨겨져 있습니다. 그래도 제안할 수 있습니다.
job-propose = 이 노동자에게 제안하기
job-already-proposed = 이미 제안했거나 지원함.
job-close = 이 구인 공고 마감하기
job-close-explained = 더 이상 아무도 지원할 수 없습니다. 이미 접수된 지원은 그대로 남아 계속 진행됩니다.
job-close-confirm = 이해했습니다. 마감합니다
job-close-confirm-required = 구인 공고를 마감하려면 확인란에 표시하세요.

## 취업 배치 (관리하는 사람용)
placement-moved = 기록했습니다: { $status }.
placement-worker = 노동자
placement-next-steps = 다음 단계
placement-record = 기록하기: { $status }
placement-end-reason = 조기 종료 사유
placement-steps-dated-today = 모든 단계는 오늘 날짜({ $date })로 기록됩니다.
placement-record-payment = 지급 기록하기
placement-payer = 지급한 사람
placement-payment-note = 영수증 번호 또는 메모 (선택 사항)
end-employer_breach = 고용주가 계약을 위반함
end-worker_choice = 노동자가 그만두기로 함
end-changed_employer = 노동자가 고용주를 변경함
end-health_or_injury = 질병 또는 부상
end-work_ended = 일감이 없어짐
end-other = 기타 사유

## 대시보드
dashboard-open-job-orders = 모집 중인 구인 공고
dashboard-pending-job-orders = 승인 대기 중인 구인 공고
dashboard-closed-job-orders = 마감된 구인 공고
dashboard-agency = 내 채용 대행 기관과 허가
dashboard-pending-approval = 승인할 구인 공고
dashboard-placements = 취업 배치: 비자, 출국, 입국, 귀국
dashboard-match-rounds = 매칭 회차
dashboard-register-worker = 노동자 등록
dashboard-agencies = 채용 대행 기관과 허가
dashboard-employers = 고용주
dashboard-audit-log = 감사 로그
dashboard-users = 사용자
dashboard-statistics = 통계
placements-list-title = 취업 배치
placements-any-status = 모든 상태
placements-filter = 보기
placements-count = { $count ->
   *[other] 취업 배치 { $count }건
}
placements-none-here = 취업 배치가 없습니다.

## 임금, 금액은 페이지의 숫자 형식으로
wage-per-hour = 시간당 { $amount }
wage-per-week = 주당 { $amount }
wage-per-month = 월 { $amount }
wage-per-year = 연 { $amount }
