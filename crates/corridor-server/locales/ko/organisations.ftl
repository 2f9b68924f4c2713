# Corridor: 고용주와 채용 대행 기관, 한국어. 허가의 이력과 그 사유는
# 공개되므로 노동자가 채용 대행 기관을 확인할 수 있습니다.
# 기계 번역이므로 한국어 모국어 화자의 검토가 필요합니다 (TRANSLATIONS.md 참고).
# 용어는 corridor.ftl과 pages.ftl을 따릅니다: 구인 공고(job order), 취업 배치(placement),
# 허가(licence), 정지(suspended). 한국어 복수 범주는 other 하나뿐입니다.

## 공통
org-name = 등록 명칭
org-country = 국가
org-all-countries = 모든 국가
org-history = 이력
org-reason = 사유
org-reason-optional = 사유 (선택 사항)
org-reason-public = 사유는 이력에 남으며 이 페이지에서 누구나 볼 수 있습니다.
org-valid-until = { $date }까지 유효
org-error-reason-required = 사유를 적으세요. 사유는 이력에 남습니다.
org-error-reason-too-long = 사유는 2,000자 미만으로 적으세요.
org-error-name-required = 등록 명칭을 입력하세요.

## 고용주
org-employers-title = 고용주
org-employers-intro = 목적국의 고용주로, 해당 국가의 공무원이 등록합니다. 자격이 정지된 고용주는 구인 공고를 게시할 수 없습니다.
org-employers-count = { $count ->
   *[other] 고용주 { $count }곳
}
org-employers-none = 조건에 맞는 고용주가 없습니다.
org-registration-number = 사업자 등록 번호
org-registration-number-hint = 고용주의 국가에 등록된 그대로 입력하세요.
org-sector = 업종
org-sector-hint = 알기 쉬운 말로 적으세요. 예: 농업, 보건, 제조업.
org-employer-status-active = 활동 중
org-employer-status-suspended = 자격 정지
org-employer-action-register = 등록
org-employer-action-suspend = 자격 정지
org-employer-action-reinstate = 자격 회복
org-employer-register = 고용주 등록하기
org-employer-register-intro = 고용주 국가의 공무원이 등록합니다. 등록 즉시 구인 공고를 게시할 수 있습니다.
org-employer-register-only = 목적국 공무원과 관리자만 고용주를 등록할 수 있습니다.
org-employer-suspend = 이 고용주의 자격 정지하기
org-employer-suspend-explained = 자격이 정지된 고용주는 자격이 회복될 때까지 구인 공고를 게시할 수 없습니다. 진행 중인 취업 배치는 계속됩니다.
org-employer-reinstate = 이 고용주의 자격 회복하기
org-employer-reinstate-explained = 고용주가 다시 구인 공고를 게시할 수 있습니다.
org-employer-reason-hint = 사유는 고용주의 이력에 남습니다.
org-employer-done-registered = 고용주를 등록했습니다.
org-employer-done-suspend = 고용주의 자격을 정지했습니다.
org-employer-done-reinstate = 고용주의 자격을 회복했습니다.
org-back-to-employers = 고용주 목록으로 돌아가기
org-error-registration-number-required = 사업자 등록 번호를 입력하세요.

## 채용 대행 기관과 허가
org-agencies-title = 채용 대행 기관
org-agencies-intro = Corridor를 통해 허가받은 모든 채용 대행 기관과 오늘 기준 허가 상태입니다. 누구에게든 돈을 내거나 무엇에든 서명하기 전에 채용 대행 기관의 허가가 유효한지 확인하세요. 노동자는 채용 수수료를 절대 내지 않습니다.
org-agencies-count = { $count ->
   *[other] 채용 대행 기관 { $count }곳
}
org-agencies-none = 조건에 맞는 채용 대행 기관이 없습니다.
org-agency = 채용 대행 기관
org-established-in = 설립 국가
org-licence = 허가
org-licence-number = 허가 번호
org-issuing-country = 발급 국가
org-licence-validity = 유효 기간
org-licence-valid-dates = { $from }부터 { $until }까지
org-valid-from = 유효 기간 첫날
org-valid-until-label = 유효 기간 마지막 날
org-licence-status-active = 유효
org-licence-status-suspended = 정지
org-licence-status-revoked = 취소
org-licence-status-expired = 만료
org-licence-not-active-warning = 이 채용 대행 기관은 지금 채용 활동을 할 수 없습니다. 돈을 내거나 어떤 서류에도 서명하지 마세요.
org-licence-history = 허가 이력
org-licence-action-issue = 허가
org-licence-action-renew = 갱신
org-licence-action-suspend = 정지
org-licence-action-reinstate = 정지 해제
org-licence-action-revoke = 취소
org-licence-action-expire = 만료
org-licence-actions = 허가 변경
org-licence-renew = 허가 갱신하기
org-new-valid-until = 새 유효 기간 마지막 날
org-new-valid-until-hint = 현재 유효 기간 마지막 날보다 뒤여야 합니다. 예: 2029-12-31
org-licence-suspend = 허가 정지하기
org-licence-suspend-explained = 허가 정지가 해제될 때까지 채용 대행 기관은 채용 활동을 할 수 없으며, 새 구인 공고를 담당할 수 없습니다.
org-licence-reinstate = 허가 정지 해제하기
org-licence-reinstate-explained = 허가가 유효 기간 마지막 날까지 다시 효력을 가집니다.
org-licence-revoke = 허가 취소하기
org-licence-revoke-explained = 허가를 영구히 취소합니다. 다음 페이지에서 확인합니다.
org-licence-done-licensed = 채용 대행 기관에 허가를 내주었습니다.
org-licence-done-renew = 허가를 갱신했습니다.
org-licence-done-suspend = 허가를 정지했습니다.
org-licence-done-reinstate = 허가 정지를 해제했습니다.
org-licence-done-revoke = 허가를 취소했습니다.
org-agency-license = 채용 대행 기관 허가하기
org-agency-license-intro = 허가를 발급하는 국가의 공무원이 채용 대행 기관에 허가를 내줍니다. 허가는 유효 기간 첫날부터 마지막 날까지 효력을 가집니다.
org-agency-license-only = 공무원과 관리자만 채용 대행 기관에 허가를 내줄 수 있습니다.
org-licence-number-taken = 이미 등록된 허가 번호입니다.
org-back-to-agencies = 채용 대행 기관 목록으로 돌아가기
org-error-licence-number-required = 허가 번호를 입력하세요.
org-error-valid-until-required = 새 유효 기간 마지막 날을 입력하세요.
org-error-licence-valid-until-before-start = 유효 기간 마지막 날은 첫날보다 빠를 수 없습니다.

## 허가 취소
org-revoke-title = { $name }의 허가 취소하기
org-revoke-intro = 허가 { $number }이(가) 영구히 취소됩니다.
org-revoke-consequence-final = 취소된 허가는 정지 해제나 갱신을 할 수 없습니다. 채용 대행 기관은 새 허가를 받아야 합니다.
org-revoke-consequence-job-orders = 채용 대행 기관은 새 구인 공고를 담당할 수 없습니다. 진행 중인 취업 배치는 기록으로 남습니다.
org-revoke-consequence-public = 허가 취소와 그 사유는 채용 대행 기관 페이지에서 누구나 볼 수 있습니다.
org-revoke-confirm = 이 허가를 영구히 취소하는 것을 확인합니다
org-error-confirm-confirmation-required = 허가 취소를 확인하려면 확인란에 표시하세요.

## 채용 담당자의 기관
org-own-agency-title = 내 채용 대행 기관
org-own-agency-intro = 노동자와 공무원에게 보이는 소속 채용 대행 기관의 허가, 그리고 기관이 담당하는 구인 공고입니다.
org-agency-job-orders = 기관이 담당하는 구인 공고
org-agency-job-orders-none = 기관이 담당하는 구인 공고가 아직 없습니다.
org-job-order-status-pending_approval = 승인 대기 중
org-job-order-status-open = 모집 중
org-job-order-status-closed = 마감
org-job-order-starts = { $date } 시작

## 규칙
rule-illegal-licence-action = 허가의 현재 상태에서는 이 조치를 할 수 없습니다.
rule-illegal-employer-action = 고용주의 현재 상태에서는 이 조치를 할 수 없습니다.
rule-renewal-not-later = 새 유효 기간 마지막 날은 현재 마지막 날보다 뒤여야 하며 지난 날짜일 수 없습니다.
rule-changed-by-action = 이 항목은 사유를 남기는 별도의 조치로만 바뀝니다.
rule-confirmation-required = 확인하려면 확인란에 표시하세요.
