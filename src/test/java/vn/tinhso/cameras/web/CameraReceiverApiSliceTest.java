package vn.tinhso.cameras.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.cameras.RecognitionIntake;

/**
 * The receiver's HTTP contract alone (status, body, size limit) with the intake stubbed: no database is started. Who may
 * push is tested against the whole application in {@code CameraReceiverTest}.
 */
@WebMvcTest(controllers = CameraReceiverApi.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {CameraReceiverApi.class, CameraPayloadFilter.class}))
@TestPropertySource(properties = "tinhso.cameras.max-payload-bytes=1024")
class CameraReceiverApiSliceTest {

    @Autowired MockMvc mvc;
    @MockitoBean RecognitionIntake intake;

    @Test
    void storedReadsAreAnsweredWithTheirIdsAndTheCameraSeesTheBytesItSent() throws Exception {
        byte[] body = "{\"plate\":\"98A12345\"}".getBytes();
        when(intake.receive(eq("CAM-1"), eq("application/json"), eq("auto"), eq(body)))
                .thenReturn(new RecognitionIntake.Received(1, null, null, 0, List.of(41L)));
        mvc.perform(post("/api/cameras/events/CAM-1").content(body).contentType("application/json")
                        .with(user("cam").roles("CAMERA_OPERATOR")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(1)).andExpect(jsonPath("$.reads[0]").value(41))
                .andExpect(jsonPath("$.setAside").doesNotExist()).andExpect(jsonPath("$.detail").doesNotExist());
    }

    @Test
    void aPayloadKeptAsideIsAcceptedWithWhereItWasKeptAndWhy() throws Exception {
        when(intake.receive(any(), any(), anyString(), any()))
                .thenReturn(new RecognitionIntake.Received(0, 7L, "unknown camera X", 0, List.of()));
        mvc.perform(post("/api/cameras/events").content("junk".getBytes()).contentType("text/plain")
                        .with(user("cam").roles("CAMERA_OPERATOR")).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.setAside").value(7)).andExpect(jsonPath("$.detail").value("Kept aside for review, not processed: unknown camera X"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReachingTheIntake() throws Exception {
        mvc.perform(post("/api/cameras/events/CAM-1").content(new byte[2048]).contentType("application/octet-stream")
                        .with(user("cam").roles("CAMERA_OPERATOR")).with(csrf()))
                .andExpect(status().isPayloadTooLarge());
        verify(intake, never()).receive(any(), any(), any(), any());
    }

    @Test
    void aHeartbeatFromAnUnregisteredCameraIsNotFoundAndSaysSo() throws Exception {
        when(intake.heartbeat(eq("GHOST"), any())).thenReturn(false);
        mvc.perform(post("/api/cameras/heartbeat/GHOST").with(user("cam").roles("CAMERA_OPERATOR")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.camera").value("GHOST")).andExpect(jsonPath("$.detail").value("no registered camera GHOST"));
    }
}
