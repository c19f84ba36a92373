package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "tinhso.hub.receipt-key-file=target/test-hub/receipt.key")
class ShareReceiptTest {

    @Autowired MockMvc mvc;
    @Autowired Sharing sharing;

    @Test
    void aConsumerDownloadsASignedReceiptOfWhatItWasGivenAndNobodyElseCan() throws Exception {
        sharing.registerConsumer("receipt-agency", "Sở Kế hoạch và Đầu tư");
        sharing.grant(new ShareGrant(null, "receipt-agency", "enterprises", List.of("tax_code", "name"), null, "Business statistics",
                LocalDate.now().minusDays(1), null));
        MockHttpServletResponse answer = mvc.perform(get("/api/hub/share/enterprises").with(user("receipt-agency").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse();
        String logId = answer.getHeader("X-Exchange-Log-Id");

        String text = mvc.perform(get("/api/hub/share/receipts/" + logId).with(user("receipt-agency").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode receipt = JsonMapper.builder().build().readTree(text);
        String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(answer.getContentAsByteArray()));
        assertThat(receipt.get("responseSha256").asString()).isEqualTo(bodyHash);
        assertThat(receipt.get("hash").asString()).isEqualTo(answer.getHeader("X-Exchange-Hash"));

        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(receipt.get("publicKey").asString()))));
        ed25519.update(receipt.get("signedText").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(Base64.getDecoder().decode(receipt.get("signature").asString()))).isTrue();
        assertThat(receipt.get("signedText").asString()).contains(bodyHash, "receipt-agency");

        mvc.perform(get("/api/hub/share/receipts/" + logId).with(user("receipt-other").roles("VIEWER"))).andExpect(status().isNotFound());
    }
}
