# Páginas de Corridor, español.
app-name = Corridor
app-tagline = Empleos legales en el extranjero, todas las condiciones por escrito, sin comisiones para los trabajadores.
nav-jobs = Empleos
nav-my-placements = Mis solicitudes
nav-dashboard = Panel
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-language = Idioma
signed-in-as = Sesión de { $name } ({ $role })

home-title = Trabajar en el extranjero, con seguridad y justicia
home-intro = Corridor publica empleos ofrecidos bajo acuerdos entre países. Cada empleo muestra el salario, las horas, la vivienda, la atención médica y el viaje de regreso, y quién paga cada costo de contratación. Los trabajadores nunca pagan comisiones de contratación.
home-browse = Ver empleos abiertos
home-check-agency = Verificar una agencia de contratación
home-api = Documentación de la API (OpenAPI)

sign-in-title = Iniciar sesión
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Entrar
sign-in-failed = El correo o la contraseña no son correctos.

jobs-title = Empleos abiertos
jobs-for-you = Empleos abiertos en programas a los que puede acceder
jobs-count = { $count ->
    [one] { $count } oferta de empleo
   *[other] { $count } ofertas de empleo
}
jobs-none = No hay empleos abiertos para usted en este momento.
jobs-positions = { $count ->
    [one] { $count } puesto
   *[other] { $count } puestos
}
jobs-starts = Comienza el { $date }, por { $months } meses
jobs-see = Ver todas las condiciones

job-title = Oferta de empleo { $id }
job-programme = Programa
job-corridor = De { $origin } a { $destination }
job-employer = Empleador
job-location = Lugar
job-occupation = Ocupación
job-start = Inicio
job-duration = Duración del contrato
job-months = { $months } meses
job-wage = Salario
job-wage-minimum = El mínimo del programa es { $minimum }.
job-hours = Horas
job-hours-text = { $guaranteed } horas por semana garantizadas, como máximo { $max }
job-housing = Vivienda
job-housing-provided-free = La proporciona el empleador, sin costo.
job-housing-provided-cost = La proporciona el empleador; usted paga { $cost } al mes.
job-housing-not-provided = No se proporciona.
job-medical = Atención médica
medical-none = No se proporciona
medical-insurance = Seguro médico pagado por el empleador
medical-care = Atención médica proporcionada por el empleador
medical-care_and_insurance = Atención médica y seguro médico a cargo del empleador
job-return = Viaje de regreso
job-return-paid = Lo paga el empleador.
job-return-not-paid = No lo paga el empleador.
job-rehire = Recontratación
job-rehire-yes = Quienes completan una colocación tienen prioridad para volver a ser contratados.
job-rehire-no = Sin prioridad de recontratación.
job-social-security = Pensión y seguridad social
job-pathway = Residencia permanente
job-pathway-yes = Este programa puede llevar a la residencia permanente.
job-pathway-no = Este programa no lleva a la residencia permanente.
job-languages = Idiomas necesarios
job-language-level = { $language } con nivel { $level } o superior
job-experience = Experiencia necesaria
job-experience-months = { $months } meses
job-skills = Habilidades necesarias
job-skills-optional = Habilidades que ayudan
job-contract-languages = Contrato disponible en
job-costs = Quién paga los costos de contratación
job-costs-note = Según el principio de que el empleador paga, el trabajador no paga ninguno de estos costos. Si alguien le pide pagar, denúncielo.
job-cost-category = Costo
job-cost-amount = Monto
job-cost-paid-by = Lo paga
job-cost-undeclared = El empleador (el empleador paga)
job-apply = Solicitar este empleo
job-applied = Ya solicitó este empleo.
job-sign-in-to-apply = Inicie sesión como trabajador para solicitarlo.
job-g2g = Acuerdo de gobierno a gobierno

cost-recruitment_service = Comisión por el servicio de contratación
cost-medical = Examen médico
cost-insurance = Seguro
cost-skills_tests = Pruebas de habilidades y de idioma
cost-training_orientation = Capacitación y orientación previa a la partida
cost-equipment = Equipo
cost-travel_lodging = Viaje y alojamiento
cost-visa_administrative = Visa y trámites administrativos

party-worker = Trabajador
party-employer = Empleador
party-agency = Agencia de contratación
party-government = Gobierno
party-third_party = Otra persona

placements-title = Mis solicitudes
placements-none = Todavía no ha solicitado ningún empleo.
placement-title = Solicitud { $id }
placement-status = Estado
placement-timeline = Cronología
placement-job = Empleo

status-applied = Solicitado
status-shortlisted = Preseleccionado
status-selected = Seleccionado
status-contract_signed = Contrato firmado
status-orientation_done = Orientación previa a la partida completada
status-visa_issued = Visa emitida
status-departed = Salió del país
status-arrived = Llegó
status-employed = Trabajando
status-completed = Contrato completado
status-returned = Regresó a casa
status-withdrawn = Retirado
status-rejected = No seleccionado
status-ended_early = Terminó antes de tiempo

dashboard-title = Panel
dashboard-programmes = Programas
dashboard-job-orders = Ofertas de empleo
dashboard-violations = Infracciones de comisiones denunciadas
dashboard-researcher = Los investigadores solo ven estadísticas agregadas y protegidas; ningún registro personal.
dashboard-api = Use la API con un token de POST /api/v1/tokens.

error-title = Algo no está bien
error-not-found = Esta página no existe.
error-forbidden = No tiene permiso para ver esta página.
error-back = Volver al inicio

footer-data = Ocupaciones y habilidades: ESCO (© Unión Europea, CC BY 4.0). Salvaguardias del personal de salud: OMS (2023).
