package uk.providerportal.calibration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CalibrationRequestRepository extends JpaRepository<CalibrationRequest, Long>,
        JpaSpecificationExecutor<CalibrationRequest> {
}
